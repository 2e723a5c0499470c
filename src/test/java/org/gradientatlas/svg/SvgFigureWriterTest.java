package org.gradientatlas.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
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
