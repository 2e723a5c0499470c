package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gradientatlas.render.FigureOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render-race harness reports a garbled number as the element that holds it, and keeps both files. */
class GoldenBytesTest {
    private static final String GOLDEN = "<?xml version=\"1.0\"?>\n<svg><g><line x1=\"540.6833\" y2=\"108.1049\"/>"
            + "<line x1=\"546.5531\" x2=\"546.5531\"/></g></svg>";

    @TempDir
    Path dir;

    @Test
    void namesTheFirstDifferingElementAndKeepsBothFiles() throws Exception {
        Files.writeString(dir.resolve("f.svg"), GOLDEN);
        Files.writeString(dir.resolve("f.json"), "{\"a\": 1}\n");
        GoldenBytes golden = new GoldenBytes(dir, List.of("f"), dir.resolve("kept"));
        String garbled = GOLDEN.replace("x1=\"546.5531\"", "x1=\"546.5333\"");

        List<GoldenBytes.Difference> found = golden.compare(new FigureOutputs("f", Map.of(
                "f.json", "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8),
                "f.svg", garbled.getBytes(StandardCharsets.UTF_8))), "round0");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("f.svg");
            assertThat(d.differingBytes()).isEqualTo(2);
            assertThat(d.firstElement())
                    .contains("golden:   <line x1=\"540.6833\" y2=\"108.1049\"/><line x1=\"546.5531\" x2=\"546.5531\"/>")
                    .contains("rendered: <line x1=\"540.6833\" y2=\"108.1049\"/><line x1=\"546.5333\" x2=\"546.5531\"/>");
        });
        assertThat(dir.resolve("kept/round0/f.svg")).hasContent(garbled);
        assertThat(dir.resolve("kept/round0/golden-f.svg")).hasContent(GOLDEN);
    }

    @Test
    void countsBytesPresentInOnlyOneFileAsDiffering() {
        assertThat(GoldenBytes.differingBytes(new byte[] {1, 2, 3}, new byte[] {1, 9, 3, 4, 5})).isEqualTo(3);
        assertThat(GoldenBytes.differingBytes(new byte[] {1, 2}, new byte[] {1, 2})).isZero();
    }
}
