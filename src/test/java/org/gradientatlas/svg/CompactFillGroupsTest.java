package org.gradientatlas.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.SurfacePanel;
import org.gradientatlas.plot.FigurePainter;
import org.gradientatlas.plot.Theme;
import org.junit.jupiter.api.Test;

class CompactFillGroupsTest {
    private static final SvgFigureWriter WRITER = new SvgFigureWriter(new FigurePainter(Theme.matplotlibLike()));

    @Test
    void translucentSurfaceCellsCarryTheirColourAsAFillAttribute() {
        String svg = WRITER.write(surface(0.6));
        long compact = Pattern.compile("<path d=\"[^\"]*\" fill=\"#[0-9a-f]{6}\"/>").matcher(svg).results().count();
        assertThat(compact).isEqualTo(16);
        assertThat(svg).doesNotContain(CompactFillGroups.MARKER);
        assertThat(svg).containsPattern("<g style=\"[^\"]*fill-opacity:0.6;[^\"]*stroke:none;\"><path d=\"[^\"]*\""
                + " fill=\"#");
    }

    @Test
    void opaqueSurfacesAreWrittenAsBefore() {
        assertThat(WRITER.write(surface(1))).doesNotContain(" fill=\"#").contains("; stroke:none;\"/>");
    }

    @Test
    void theCellsShowTheirColoursNotThePlaceholder() {
        BufferedImage image = PngRasterizer.image(WRITER.write(surface(0.6)), 400);
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                dark += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 200 ? 1 : 0;
            }
        }
        assertThat(dark).as("near-black pixels").isLessThan(40);
    }

    /** A 5 x 5 grid of a tilted plane: 16 cells, each of its own colour. */
    private static Figure surface(double alpha) {
        double[] v = {0, 1, 2, 3, 4};
        double[][] z = new double[5][5];
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                z[j][i] = i + 5 * j;
            }
        }
        Grid grid = new Grid(v, v, z);
        FigureData data = new FigureData("t", "t", "", "", null, Map.of(), Map.of(), Map.of(), Map.of());
        return new Figure(data, Canvas.inches(4, 3), List.of(new SurfacePanel("", grid, "viridis", alpha, "x", "y",
                "z", -60, 30, List.of())));
    }
}
