package org.gradientatlas.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * What made a site: the project version and the git commit of the working tree (as showyourwork! links every
 * figure to its commit). No time stamp, so a site is the same for the same commit.
 *
 * @param commit the full commit hash, with " (with uncommitted changes)" when tracked files differ from it, or
 *               "unknown" outside a git checkout
 */
public record BuildProvenance(String version, String commit) {
    public static final String UNKNOWN = "unknown";

    /** The version from the jar's build.properties and the commit of the git checkout around {@code dir}. */
    public static BuildProvenance detect(Path dir) {
        String commit = git(dir, "rev-parse", "HEAD");
        if (commit.isEmpty()) {
            return new BuildProvenance(projectVersion(), UNKNOWN);
        }
        boolean dirty = !git(dir, "status", "--porcelain", "--untracked-files=no").isEmpty();
        return new BuildProvenance(projectVersion(), dirty ? commit + " (with uncommitted changes)" : commit);
    }

    /** The project version Maven wrote into build.properties. */
    public static String projectVersion() {
        try (InputStream in = BuildProvenance.class.getResourceAsStream("/org/gradientatlas/build.properties")) {
            if (in == null) {
                return "development build";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development build");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read build.properties", e);
        }
    }

    /** The commit hash alone (40 hex digits), or empty when unknown. */
    public String commitHash() {
        return commit.matches("[0-9a-f]{40}.*") ? commit.substring(0, 40) : "";
    }

    /** A git command's trimmed output, or "" when git is missing, fails or takes too long. */
    private static String git(Path dir, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toAbsolutePath().toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean done = process.waitFor(10, TimeUnit.SECONDS);
            return done && process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
