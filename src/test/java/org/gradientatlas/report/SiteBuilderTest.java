package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.figure.FigureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
    @TempDir
    Path dir;

    @Test
    void buildsIndexAndFigurePagesWithEscapedText() throws Exception {
        FigureData data = new FigureData("demo", "A <script>alert(1)</script> title", "caption & more", "src",
                7L, Map.of("rate", 0.5), Map.of("steps", 3), Map.of(), Map.of());
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("stale.html"), "old");
        new SiteBuilder().build(List.of(new RenderedFigure(data, "<svg/>", "{}")), site);
        String index = Files.readString(site.resolve("index.html"));
        String page = Files.readString(site.resolve("figures/demo.html"));
        assertThat(index).contains("figures/demo.html").doesNotContain("<script>alert");
        assertThat(page).contains("A &lt;script&gt;alert(1)&lt;/script&gt; title").contains("caption &amp; more")
                .contains("<td>rate</td><td>0.5</td>").contains("--seed 7");
        assertThat(site.resolve("figures/demo.svg")).hasContent("<svg/>");
        assertThat(site.resolve("stale.html")).doesNotExist();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(site);
        }
    }
}
