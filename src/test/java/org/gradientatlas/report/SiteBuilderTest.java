package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"72pt\" height=\"36pt\""
            + " viewBox=\"0 0 72 36\"><rect width=\"72\" height=\"36\" fill=\"#336699\"/></svg>";
    private static final BuildProvenance BUILD = new BuildProvenance("9.9",
            "0123456789abcdef0123456789abcdef01234567");

    @TempDir
    Path dir;

    private static RenderedFigure demo(String title, String svg) {
        Series run = Series.builder().column("step", new double[] {0, 1}).column("x", new double[] {0.5, Double.NaN})
                .build();
        FigureData data = new FigureData("demo", title, "First sentence. caption & more", "src", 7L,
                Map.of("rate", 0.5), Map.of("steps", 3), Map.of("run", run), Map.of());
        return new RenderedFigure(data, svg, "{}");
    }

    @Test
    void buildsIndexAndFigurePagesWithEscapedText() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve(SiteDirectory.MARKER), "an earlier site");
        Files.writeString(site.resolve("stale.html"), "old");
        new SiteBuilder(BUILD).build(List.of(demo("A <script>alert(1)</script> title", SVG)), site);
        String index = Files.readString(site.resolve("index.html"));
        String page = Files.readString(site.resolve("figures/demo.html"));
        assertThat(index).contains("href=\"figures/demo.html\"").contains("figures/demo.thumb.png")
                .contains("First sentence.").doesNotContain("<script>alert");
        assertThat(page).contains("A &lt;script&gt;alert(1)&lt;/script&gt; title").contains("caption &amp; more")
                .contains("<td><code>rate</code></td><td>0.5</td>").contains("render demo --seed 7")
                .contains("git checkout 0123456789abcdef0123456789abcdef01234567").contains("Gradient Atlas 9.9");
        assertThat(site.resolve("figures/demo.svg")).hasContent(SVG);
        assertThat(site.resolve("figures/demo-run.csv")).hasContent("step,x\r\n0,0.5\r\n1,\r\n");
        assertThat(site.resolve("stale.html")).doesNotExist();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(site);
        }
    }

    @Test
    void figurePagesOfferExploringWithTheEngineAndStayStaticWithoutJavaScript() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuilder(BUILD).build(List.of(demo("t", SVG)), site);
        String page = Files.readString(site.resolve("figures/demo.html"));
        assertThat(page).as("the static figure is the figure without JavaScript")
                .contains("<a id=\"static-figure\" href=\"demo.svg\"><img class=\"figure\" src=\"demo.svg\"");
        assertThat(site.resolve("atlas-figure.js")).exists();
        assertThat(site.resolve("atlas-explore.js")).exists();
        if (SiteAssets.haveEngine()) {
            assertThat(page).contains("<section class=\"explore\" id=\"explore\" data-recipe=\"demo\"")
                    .containsPattern("<section class=\"explore\"[^>]* hidden>")
                    .contains("<script src=\"../atlas-engine.js\"></script>")
                    .contains("<script src=\"../atlas-explore.js\"></script>")
                    .contains("<tr data-name=\"rate\">");
            try (var engine = SiteAssets.class.getResourceAsStream("/org/gradientatlas/browser/atlas-engine.js")) {
                assertThat(site.resolve("atlas-engine.js")).hasBinaryContent(engine.readAllBytes());
            }
        } else {
            assertThat(page).doesNotContain("<script").doesNotContain("id=\"explore\"");
            assertThat(site.resolve("atlas-engine.js")).doesNotExist();
        }
    }

    @Test
    void thePreviewsPagesHaveNoExplorePartAsTheEngineIsNotMadeFromTheWorkingTree() throws Exception {
        Path site = dir.resolve("site");
        SiteBuilder.forPreview(BUILD, null).build(List.of(demo("t", SVG)), site);
        assertThat(Files.readString(site.resolve("figures/demo.html"))).doesNotContain("<script")
                .doesNotContain("id=\"explore\"").contains("<img class=\"figure\" src=\"demo.svg\"");
        assertThat(site.resolve("atlas-engine.js")).doesNotExist();
    }

    @Test
    void pngDownloadIsTwiceTheBrowserSizeAndNamedOnThePage() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuilder(BUILD).build(List.of(demo("t", SVG)), site);
        byte[] png = Files.readAllBytes(site.resolve("figures/demo.png"));
        // 72 pt x 36 pt at 96 dpi is 96 x 48 CSS px; at 2x, 192 x 96.
        assertThat(PngSize.of(png)).isEqualTo("192 × 96");
        assertThat(Files.readString(site.resolve("figures/demo.html"))).contains("PNG at 2× (192 × 96 px");
    }

    @Test
    void thumbnailIsTheAreaAverageOfTheLargePng() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuilder(BUILD).build(List.of(demo("t", SVG)), site);
        java.awt.image.BufferedImage thumb = javax.imageio.ImageIO.read(site.resolve("figures/demo.thumb.png").toFile());
        assertThat(thumb.getWidth()).isEqualTo(FigureImages.THUMBNAIL_WIDTH_PX);
        assertThat(thumb.getHeight()).isEqualTo(FigureImages.THUMBNAIL_WIDTH_PX / 2);
        assertThat(thumb.getRGB(100, 100) & 0xffffff).isEqualTo(0x336699);
    }

    @Test
    void aFailedBuildLeavesTheOldSiteAsItWasAndNoStagingBehind() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuilder(BUILD).build(List.of(demo("good", SVG)), site);
        String before = Files.readString(site.resolve("figures/demo.html"));
        assertThatThrownBy(() -> new SiteBuilder(BUILD).build(List.of(demo("bad", "not svg")), site))
                .hasMessageContaining("not a valid SVG");
        assertThat(Files.readString(site.resolve("figures/demo.html"))).isEqualTo(before);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(site);
        }
    }

    @Test
    void leftoversOfAKilledBuildAreRemovedAndTheSiteIsWorldReadable() throws Exception {
        Path leftover = Files.createDirectories(dir.resolve(".site.gradient-atlas-staging-12345/figures"));
        Files.writeString(leftover.resolveSibling(SiteDirectory.MARKER), "a killed build's");
        Path backup = Files.createDirectories(dir.resolve(".site-backup"));
        Files.writeString(backup.resolve("index.html"), "the user's own copy");
        Path site = dir.resolve("site");
        new SiteBuilder(BUILD).build(List.of(demo("t", SVG)), site);
        assertThat(leftover.getParent()).doesNotExist();
        assertThat(backup.resolve("index.html")).hasContent("the user's own copy");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(site))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void figureCitationSaysWhenTheCommitHadUncommittedChanges() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuilder(new BuildProvenance("9.9", "0123456789abcdef0123456789abcdef01234567 (with uncommitted"
                + " changes)")).build(List.of(demo("t", SVG)), site);
        assertThat(Files.readString(site.resolve("figures/demo.figure.bib"))).startsWith("@misc{gradient-atlas-demo,")
                .contains("at commit 0123456789abcdef0123456789abcdef01234567 (with uncommitted changes).");
        assertThat(site.resolve("figures/demo.bib")).as("no work for an unregistered figure").doesNotExist();
    }

    @Test
    void summaryIsTheFirstSentenceCutAtAWord() {
        assertThat(FigurePageModel.summary("One. Two.")).isEqualTo("One.");
        String longSentence = "word ".repeat(60).trim();
        assertThat(FigurePageModel.summary(longSentence)).hasSizeLessThanOrEqualTo(200).endsWith(" …");
    }

    @Test
    void sizesAreWrittenForPeopleWithoutTheDefaultLocale() {
        assertThat(FigureDownloads.size(812)).isEqualTo("812 B");
        assertThat(FigureDownloads.size(46_000)).isEqualTo("45 KB");
        assertThat(FigureDownloads.size(1_300_000)).isEqualTo("1.2 MB");
    }
}
