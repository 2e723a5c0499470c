package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.output.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images kept by content: the same bytes as made anew, per SVG, and only the entries in use are kept. */
class ImageCacheTest {
    private static final BuildProvenance BUILD = new BuildProvenance("9.9",
            "0123456789abcdef0123456789abcdef01234567");

    @TempDir
    Path dir;

    private static RenderedFigure figure(String id, String fill) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"72pt\" height=\"36pt\" viewBox=\"0 0 72 36\">"
                + "<rect width=\"72\" height=\"36\" fill=\"" + fill + "\"/></svg>";
        FigureData data = new FigureData(id, "T", "C.", "a work", 1L, Map.of(), Map.of(), Map.of(), Map.of());
        return new RenderedFigure(data, svg, "{}");
    }

    @Test
    void aCachedEntryHoldsTheBytesMadeAnewAndIsUsedAgain() throws Exception {
        RenderedFigure blue = figure("a", "#336699");
        FigureImages made = FigureImages.of(blue);
        ImageCache cache = ImageCache.in(dir);
        FigureImages first = cache.of(blue);
        assertThat(first.png()).isEqualTo(made.png());
        assertThat(first.thumbnail()).isEqualTo(made.thumbnail());
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries).hasSize(2);
        }
        // Same SVG, another figure: the same entry, read back, not made again.
        Path png;
        try (Stream<Path> entries = Files.list(dir)) {
            png = entries.filter(p -> !p.toString().endsWith(".thumb.png")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(png, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(ImageCache.in(dir).of(figure("b", "#336699")).png()).isEqualTo(made.png());
        assertThat(Files.getLastModifiedTime(png).toMillis()).as("not rewritten").isZero();
    }

    @Test
    void anotherSvgGetsItsOwnEntryAndUnusedEntriesGoButNoOtherFile() throws Exception {
        ImageCache before = ImageCache.in(dir);
        before.of(figure("a", "#336699"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        ImageCache after = ImageCache.in(dir);
        FigureImages red = after.of(figure("a", "#993333"));
        assertThat(red.png()).isEqualTo(FigureImages.of(figure("a", "#993333")).png());
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries).hasSize(5);
        }
        after.forgetUnused();
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).hasSize(3).contains("notes.txt");
        }
    }

    @Test
    void aSiteBuiltWithCachedImagesIsByteForByteTheSiteBuiltWithout() throws Exception {
        List<RenderedFigure> figures = List.of(figure("a", "#336699"), figure("b", "#993333"));
        new SiteBuilder(BUILD).build(figures, dir.resolve("plain"));
        Path cacheDir = dir.resolve("cache");
        SiteBuilder.withImageCache(BUILD, ImageCache.in(cacheDir)).build(figures, dir.resolve("first"));
        SiteBuilder.withImageCache(BUILD, ImageCache.in(cacheDir)).build(figures, dir.resolve("cached"));
        assertThat(hashes(dir.resolve("first"))).isEqualTo(hashes(dir.resolve("plain")));
        assertThat(hashes(dir.resolve("cached"))).isEqualTo(hashes(dir.resolve("plain")));
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(), Sha256.of(file));
            }
        }
        return hashes;
    }
}
