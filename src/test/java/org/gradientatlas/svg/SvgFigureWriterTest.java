package org.gradientatlas.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.HeatMapLayer;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.plot.FigurePainter;
import org.gradientatlas.plot.FontLibrary;
import org.gradientatlas.plot.Theme;
import org.junit.jupiter.api.Test;

class SvgFigureWriterTest {
    private static final SvgFigureWriter WRITER = new SvgFigureWriter(new FigurePainter(Theme.matplotlibLike()));

    @Test
    void writesTextAsShapesWithAViewBox() {
        String svg = WRITER.write(figure("μ and σ"));
        assertThat(svg).doesNotContain("<text").contains("viewBox=\"0 0 432 288\"")
                .contains("width=\"432pt\"").contains("height=\"288pt\"");
    }

    @Test
    void greekLettersAreDrawnAsGlyphsNotMissingBoxes() {
        String greek = WRITER.write(figure("μσ"));
        String latin = WRITER.write(figure("ms"));
        String missing = WRITER.write(figure("\uE000\uE001"));
        assertThat(greek).isNotEqualTo(latin).isNotEqualTo(missing);
        assertThat(FontLibrary.sans(10).canDisplayUpTo("μσ")).isEqualTo(-1);
    }

    @Test
    void rasterizesToTheRequestedWidthWithInkOnIt() {
        BufferedImage image = PngRasterizer.image(WRITER.write(figure("x")), 864);
        assertThat(image.getWidth()).isEqualTo(864);
        assertThat(image.getHeight()).isEqualTo(576);
        assertThat(image.getRGB(1, 1) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void eachGlyphOutlineIsWrittenOnceAndReused() {
        String svg = WRITER.write(figure("mmmm"));
        // Tick labels 0, 0.5, 1, 1.5, 2 and 0, 0.2, ... 1 reuse the outline of "0"; the label reuses "m".
        long outlines = Pattern.compile("<path d=\"[^\"]*\" id=\"g\\d+\"").matcher(svg).results().count();
        long uses = Pattern.compile("<use [^>]*xlink:href=\"#g\\d+\"").matcher(svg).results().count();
        assertThat(outlines).isBetween(8L, 20L);
        assertThat(uses).isGreaterThan(2 * outlines);
        assertThat(Pattern.compile("<use [^>]*xlink:href=\"#(g\\d+)\"").matcher(svg).results()
                .map(m -> m.group(1)).distinct().count()).isEqualTo(outlines);
    }

    @Test
    void heatMapsAreOnePixelatedImageAndMarkersOnePathPerLine() {
        double[][] z = {{0, 1}, {2, 3}};
        Grid grid = new Grid(new double[] {0, 1}, new double[] {0, 1}, z);
        LineLayer marked = new LineLayer("m", new double[] {0.2, 0.5, 0.8}, new double[] {0.2, 0.5, 0.2},
                LineStyle.withCircles("#ff0000", 1.5));
        XYPanel panel = new XYPanel("t", Axis.of("x", 0, 1, 0), Axis.of("y", 0, 1, 0),
                List.of(HeatMapLayer.of(grid, "viridis", 0, 1, 0, 1)), List.of(), List.of(marked), LegendPlacement.BEST, "z",
                true);
        String svg = WRITER.write(new Figure(figure("x").data(), Canvas.inches(6, 4), List.of(panel)));
        // the heat map and the colorbar strip
        assertThat(Pattern.compile("<image ").matcher(svg).results().count()).isEqualTo(2);
        assertThat(svg).contains("image-rendering:pixelated").contains("data:image/png;base64,");
        assertThat(svg).containsPattern("h0m[-0-9. ]+h0m[-0-9. ]+h0\"");
        BufferedImage image = PngRasterizer.image(svg, 432);
        assertThat(image.getRGB(1, 1) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void sameFigureSameBytes() {
        assertThat(WRITER.write(figure("a"))).isEqualTo(WRITER.write(figure("a")));
    }

    private static Figure figure(String xLabel) {
        FigureData data = new FigureData("test", "Test", "caption", "source", null, Map.of(), Map.of(), Map.of(),
                Map.of());
        LineLayer line = new LineLayer("line", new double[] {0, 1, 2}, new double[] {0, 1, 0},
                LineStyle.dashed("#ff0000", 1, 3, 1));
        XYPanel panel = new XYPanel("", Axis.of(xLabel, 0, 2, 0.5), Axis.of("y", 0, 1, 0),
                List.of(line), LegendPlacement.UPPER_RIGHT);
        return new Figure(data, Canvas.inches(6, 4), List.of(panel));
    }
}
