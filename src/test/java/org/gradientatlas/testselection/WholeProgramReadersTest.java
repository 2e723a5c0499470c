package org.gradientatlas.testselection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gradientatlas.classes.ClassIndex;
import org.gradientatlas.render.ProgramFingerprint;
import org.junit.jupiter.api.Test;

/** This project's classes that read the class path, define classes, start processes or read sources are found. */
class WholeProgramReadersTest {
    @Test
    void theProjectsClassPathReadersLoadersAndProcessStartersAreFound() throws Exception {
        Path classes = Path.of(ProgramFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(WholeProgramReaders.in(ClassIndex.empty(classes).rescan())).contains(
                "org.gradientatlas.render.ProgramFingerprint", // java.class.path
                "org.gradientatlas.bench.ChildJvm", // a child JVM of the program
                "org.gradientatlas.report.SourceCommit", // git
                "org.gradientatlas.review.GitRevisionFigures", // git
                "org.gradientatlas.preview.GenerationLoader") // defines classes from a directory
                .doesNotContain("org.gradientatlas.recipe.autograd.GdQuadraticRecipe", "org.gradientatlas.Atlas");
    }

    @Test
    void aPathUnderSrcIsAMarker() {
        assertThat(WholeProgramReaders.isMarker("src/main/java")).isTrue();
        assertThat(WholeProgramReaders.isMarker("src/test/resources/reference")).isTrue();
        assertThat(WholeProgramReaders.isMarker("srcset")).isFalse();
    }
}
