package org.gradientatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The browser engine stays off the JVM backends: no class reachable from its entry class refers to AWT, JFreeChart,
 * Batik or OpenPDF (the reachable set is walked through the class files' constant pools, a superset of what TeaVM
 * compiles).
 */
class BrowserBoundaryTest {
    private static final String ENTRY = "org/gradientatlas/browser/BrowserEngine";
    private static final String PROJECT = "org/gradientatlas/";
    /** TeaVM's name for a lambda's class, after its host class: "$method$lambda$_3_0". */
    private static final String TEAVM_LAMBDA = "\\$[^$]+\\$lambda\\$_\\d+_\\d+$";
    private static final List<String> JVM_ONLY = List.of("java/awt/", "javax/swing/", "javax/imageio/", "org/jfree/",
            "org/apache/batik/", "com/lowagie/", "org/openpdf/");

    @Test
    void nothingTheEngineReachesRefersToAJvmBackend() throws IOException {
        Set<String> reachable = ClassReferences.reachableFrom(ENTRY, PROJECT);
        assertThat(reachable).as("the walk reaches the recipes").contains("org/gradientatlas/recipe/RecipeRegistry");
        assertThat(jvmOnly(reachable)).as("JVM-only classes reachable from " + ENTRY).isEmpty();
    }

    @Test
    void theWalkFindsAJvmBackendWhereThereIsOne() throws IOException {
        Set<String> reachable = ClassReferences.reachableFrom("org/gradientatlas/plot/FigurePainter", PROJECT);
        assertThat(jvmOnly(reachable)).contains("java/awt/Graphics2D");
    }

    /** What TeaVM compiled (mvn package lists it) lies within the walk: the walk misses nothing TeaVM reaches. */
    @Test
    void everyProjectClassTeaVmCompiledIsInTheWalk() throws IOException {
        Path list = Path.of("target", "browser", "compiled-classes.txt");
        Assumptions.assumeTrue(isCurrent(Path.of("target", "browser", "engine.checked")),
                "the browser engine was not built from these classes (-Dbrowser.skip=true?)");
        List<String> compiled = Files.readAllLines(list).stream().map(name -> name.replace('.', '/'))
                .map(name -> name.replaceAll(TEAVM_LAMBDA, "")).filter(name -> name.startsWith(PROJECT)).toList();
        assertThat(compiled).contains(ENTRY);
        assertThat(ClassReferences.reachableFrom(ENTRY, PROJECT)).containsAll(compiled);
    }

    /** Whether the engine's build step ran after the last change of a class file. */
    private static boolean isCurrent(Path mark) throws IOException {
        if (!Files.isRegularFile(mark)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(Path.of("target", "classes"))) {
            FileTime checked = Files.getLastModifiedTime(mark);
            return files.filter(f -> f.toString().endsWith(".class")).allMatch(f -> modified(f).compareTo(checked) <= 0);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> jvmOnly(Set<String> classes) {
        return classes.stream().filter(name -> JVM_ONLY.stream().anyMatch(name::startsWith)).toList();
    }
}
