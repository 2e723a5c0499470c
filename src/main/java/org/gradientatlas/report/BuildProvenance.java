package org.gradientatlas.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Optional;

/**
 * What made a site: the project version and the git commit the figures were built from (as showyourwork! links
 * every figure to its commit). That is the commit recorded in the program when it was built, never the commit of
 * whatever repository the command happens to run in. No time stamp, so a site is the same for the same commit.
 *
 * @param commit the full commit hash, with " (with uncommitted changes)" when tracked files differed from it, or
 *               "unknown" when the program was not built from a git checkout
 */
public record BuildProvenance(String version, String commit) {
    public static final String UNKNOWN = "unknown";

    /** The commit this program was built from (figures rendered in memory, as {@code site} does). */
    public static BuildProvenance ofProgram() {
        return new BuildProvenance(projectVersion(), SourceCommit.recorded().map(SourceCommit::shown).orElse(UNKNOWN));
    }

    /**
     * The commit this program was built from, for figures written into {@code figuresDir}: when that directory is
     * in a work tree of the same commit (as {@code mvn package} writes the golden figures), the work tree's
     * uncommitted changes count too (a build that changed the figures says so). Ask after writing the figures.
     */
    public static BuildProvenance forFigures(Path figuresDir) {
        Optional<SourceCommit> program = SourceCommit.recorded();
        if (program.isEmpty()) {
            return new BuildProvenance(projectVersion(), UNKNOWN);
        }
        Optional<SourceCommit> tree = Files.isDirectory(figuresDir) ? SourceCommit.ofWorkTree(figuresDir)
                : Optional.empty();
        boolean sameCommit = tree.isPresent() && tree.get().hash().equals(program.get().hash());
        boolean dirty = program.get().dirty() || sameCommit && tree.get().dirty();
        return new BuildProvenance(projectVersion(), new SourceCommit(program.get().hash(), dirty).shown());
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
}
