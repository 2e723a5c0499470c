package org.gradientatlas.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scene and the packages it uses compile for the browser (TeaVM): no AWT, JFreeChart, Batik, PDF or other JVM
 * backend code, no reflection, resources or String.format (which TeaVM's class library lacks or throws on).
 */
class SceneSourcesTest {
    private static final List<String> PACKAGES = List.of("scene", "figure", "geometry", "ticks");
    private static final List<String> FORBIDDEN = List.of("import java.awt", "import javax.swing",
            "import javax.imageio",
            "import org.jfree", "import org.apache.batik", "import com.lowagie", "import java.lang.reflect",
            "import org.gradientatlas.plot", "import org.gradientatlas.svg", "import org.gradientatlas.pdf",
            "import org.gradientatlas.report", "import org.gradientatlas.output", "import org.gradientatlas.render",
            "import com.fasterxml.jackson.databind", "String.format(", ".formatted(", "getResourceAsStream",
            "Class.forName", "getRecordComponents");

    @Test
    void browserCodeUsesNothingTheBrowserBuildLacks() throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : PACKAGES) {
            Path dir = Path.of("src/main/java/org/gradientatlas", name);
            assertThat(dir).isDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    FORBIDDEN.stream().filter(source::contains).forEach(f -> found.add(file.getFileName() + ": " + f));
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
