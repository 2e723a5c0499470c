package org.gradientatlas.testselection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.gradientatlas.classes.ClassGraph;
import org.gradientatlas.classes.ClassIndex;
import org.gradientatlas.output.Sha256;

/**
 * A fast test class's fingerprint: one SHA-256 of everything its outcome can depend on. That is the
 * {@link SharedInputs}; the bytes of every class it can reach (main and test classes, through the names in their
 * constant pools); when it reaches a {@link WholeProgramReaders whole-program reader}, every class and every Java
 * source; and when it reaches {@code SourceCommit}, the commit the build recorded. Equal fingerprints mean equal
 * inputs, so a test class that passed with this fingerprint would pass again.
 */
final class TestFingerprints {
    static final String SOURCE_COMMIT_CLASS = "org.gradientatlas.report.SourceCommit";
    static final String SOURCE_COMMIT_RESOURCE = "META-INF/gradient-atlas/source-commit.properties";

    private final Path basedir;
    private final ClassGraph graph;
    private final Set<String> allClasses;
    private final Set<String> readers;
    private final String shared;
    private final String sourceCommit;
    private String wholeProgram;

    private TestFingerprints(Path basedir, ClassIndex classes, String shared, String sourceCommit) {
        this.basedir = basedir;
        this.graph = new ClassGraph(classes);
        this.allClasses = classes.classes().keySet();
        this.readers = WholeProgramReaders.in(classes);
        this.shared = shared;
        this.sourceCommit = sourceCommit;
    }

    /** The project at {@code basedir} as built into {@code mainClasses} and {@code testClasses}. */
    static TestFingerprints of(Path basedir, Path mainClasses, Path testClasses) throws IOException {
        // Test classes first, as on the test class path.
        ClassIndex classes = ClassIndex.empty(testClasses).rescan().before(ClassIndex.empty(mainClasses).rescan());
        Path commit = mainClasses.resolve(SOURCE_COMMIT_RESOURCE);
        return new TestFingerprints(basedir, classes, SharedInputs.of(basedir, mainClasses, testClasses),
                Files.isRegularFile(commit) ? Sha256.of(commit) : "none");
    }

    /** Whether {@code testClass} is one of the project's classes (only those have a fingerprint). */
    boolean knows(String testClass) {
        return allClasses.contains(testClass);
    }

    String of(String testClass) throws IOException {
        Set<String> reached = graph.reachable(List.of(testClass), Set.of());
        StringBuilder text = new StringBuilder("shared ").append(shared);
        text.append("\nclasses ").append(graph.digest(reached));
        if (!Collections.disjoint(reached, readers)) {
            text.append("\nprogram ").append(wholeProgram());
        }
        if (reached.contains(SOURCE_COMMIT_CLASS)) {
            text.append("\ncommit ").append(sourceCommit);
        }
        return Sha256.of(text.toString());
    }

    /** Whether the test class reaches a whole-program reader (so every class and source is its input). */
    boolean readsWholeProgram(String testClass) {
        return !Collections.disjoint(graph.reachable(List.of(testClass), Set.of()), readers);
    }

    private String wholeProgram() throws IOException {
        if (wholeProgram == null) {
            wholeProgram = Sha256.of("classes " + graph.digest(allClasses)
                    + "\nsources " + TreeDigest.of(basedir.resolve("src/main/java"), name -> false)
                    + "\ntest-sources " + TreeDigest.of(basedir.resolve("src/test/java"), name -> false));
        }
        return wholeProgram;
    }
}
