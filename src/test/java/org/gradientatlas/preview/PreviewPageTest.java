package org.gradientatlas.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewPageTest {
    private static final String PAGE = "<!DOCTYPE html>\n<html><body>\n<main id=\"content\">\n<h1>T</h1>\n</main>\n"
            + "</body>\n</html>\n";

    @Test
    void everyPageGetsTheReloadScriptWithItsVersionBeforeTheEndOfItsBody() {
        String html = PreviewPage.decorate(PAGE, null, Map.of(), null, 7);
        assertThat(html).contains("var v=\"7\"", PreviewPage.EVENTS_PATH).doesNotContain("preview-error");
        assertThat(html.indexOf("<script>")).isLessThan(html.indexOf("</body>")).isGreaterThan(html.indexOf("</main>"));
    }

    @Test
    void aFailingFigureShowsItsErrorEscapedAtTheTopOfItsOwnPageOnly() {
        Map<String, String> errors = Map.of("a", "IllegalArgumentException: x must be < 1, got <b>2</b>");
        String own = PreviewPage.decorate(PAGE, "a", errors, null, 1);
        assertThat(own).contains("<main id=\"content\">\n<div id=\"preview-error\" role=\"alert\"")
                .contains("x must be &lt; 1, got &lt;b&gt;2&lt;/b&gt;").contains("last good figure")
                .doesNotContain("<b>2</b>");
        assertThat(PreviewPage.decorate(PAGE, "b", errors, null, 1)).doesNotContain("preview-error");
        assertThat(PreviewPage.decorate(PAGE, null, errors, null, 1)).contains("a failed: IllegalArgumentException");
    }

    @Test
    void aSiteErrorShowsOnEveryPage() {
        assertThat(PreviewPage.decorate(PAGE, "b", Map.of(), "cannot write the pages: bad template", 1))
                .contains("cannot write the pages: bad template");
    }

    @Test
    void aPageNeverWrittenSaysWhyAndReloadsOnceItIs() {
        String html = PreviewPage.missing("a", Map.of("a", "IllegalStateException: boom"), null, 3);
        assertThat(html).contains("<h1>a</h1>", "The recipe of a failed: IllegalStateException: boom", "var v=\"3\"");
        assertThat(PreviewPage.missing(null, Map.of(), "cannot write the pages: x", 1))
                .contains("cannot write the pages: x");
    }
}
