package org.gradientatlas.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The git commit the program was built from, recorded into the jar by the build ({@code mvn process-classes} runs
 * {@link #main}), and the state of a git work tree. Under META-INF, so it does not change the program's fingerprint.
 *
 * @param hash  40 hex digits
 * @param dirty whether tracked files differed from the commit
 */
public record SourceCommit(String hash, boolean dirty) {
    static final String RESOURCE = "/META-INF/gradient-atlas/source-commit.properties";

    /** Records the commit of the work tree at {@code args[0]} into the file {@code args[1]} (nothing outside git). */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        Optional<SourceCommit> commit = ofWorkTree(Path.of(args[0]));
        if (commit.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        // Not Properties.store: its date comment would make every build's jar differ.
        String text = "commit=" + commit.get().hash() + "\ndirty=" + commit.get().dirty() + "\n";
        // Rewritten only when it changes: an untouched file keeps the classes (and the jar) up to date for Maven.
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.ISO_8859_1).equals(text)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        }
    }

    /** The commit recorded in this program at build time, if it was built from a git checkout. */
    static Optional<SourceCommit> recorded() {
        try (InputStream in = SourceCommit.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            String hash = properties.getProperty("commit", "");
            return hash.matches("[0-9a-f]{40}")
                    ? Optional.of(new SourceCommit(hash, Boolean.parseBoolean(properties.getProperty("dirty"))))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** HEAD of the git work tree around {@code dir}, and whether tracked files differ from it. */
    static Optional<SourceCommit> ofWorkTree(Path dir) {
        String hash = git(dir, "rev-parse", "HEAD");
        if (!hash.matches("[0-9a-f]{40}")) {
            return Optional.empty();
        }
        return Optional.of(new SourceCommit(hash, !git(dir, "status", "--porcelain", "--untracked-files=no").isEmpty()));
    }

    /** As a page shows it: the hash, with " (with uncommitted changes)" when dirty. */
    String shown() {
        return dirty ? hash + " (with uncommitted changes)" : hash;
    }

    /** A git command's trimmed output, or "" when git is missing, fails or takes too long. */
    private static String git(Path dir, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toAbsolutePath().toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
