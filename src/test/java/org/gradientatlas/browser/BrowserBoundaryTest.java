package org.gradientatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The browser engine stays off the JVM backends: no class reachable from its entry class refers to AWT, JFreeChart,
 * Batik or OpenPDF (the reachable set is walked through the class files' constant pools, a superset of what TeaVM
 * compiles).
 */
class BrowserBoundaryTest {
    static final String ENTRY = "org/gradientatlas/browser/BrowserEngine";
    static final String PROJECT = "org/gradientatlas/";
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

    private static List<String> jvmOnly(Set<String> classes) {
        return classes.stream().filter(name -> JVM_ONLY.stream().anyMatch(name::startsWith)).toList();
    }
}
