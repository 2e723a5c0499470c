package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.junit.jupiter.api.Test;

class ColorbarPainterTest {
    /** A filled contour's colorbar: one flat band per pair of levels, bottom to top, in the bands' colours. */
    @Test
    void filledContourColorbarShowsOneBandPerLevelPair() {
        double[] levels = {-3, -1, 1, 3, 5};
        BufferedImage image = colorbar(levels, 240, 20);
        int stripX = 180 + 12 + 6;
        for (int band = 0; band < 4; band++) {
            int y = (int) Math.round(220 - (band + 0.5) * 50);
            assertThat(image.getRGB(stripX, y)).as("band %d", band)
                    .isEqualTo(Colormap.VIRIDIS.argb(FilledContourAnnotation.colourPosition(levels, band)));
        }
    }

    /**
     * The labels of the end ticks are centred on the strip's top and bottom edges: their outer halves must be drawn
     * too (JFreeChart clips to its chart's area), and 1.2 / 0.3 falling short of 4 must not lose the top tick.
     */
    @Test
    void endTickLabelsAreWhole() {
        double[] levels = {-1.5, -1.2, -0.9, -0.6, -0.3, 0, 0.3, 0.6, 0.9, 1.2};
        BufferedImage image = colorbar(levels, 260, 30);
        int labelsFrom = 180 + 12 + 12 + 2; // past the gap, the strip and its tick marks
        assertThat(darkPixels(image, labelsFrom, 250, 30 - 6, 30)).as("above the strip's top").isPositive();
        assertThat(darkPixels(image, labelsFrom, 250, 230, 230 + 6)).as("below the strip's bottom").isPositive();
    }

    /** The colorbar of a contour with these levels beside a 160 x 200 data area at (20, top), on white. */
    private static BufferedImage colorbar(double[] levels, int height, int top) {
        double lo = levels[0];
        double hi = levels[levels.length - 1];
        Grid grid = new Grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{lo, 0}, {hi / 2, hi}});
        BufferedImage image = new BufferedImage(300, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, height);
        Theme theme = Theme.matplotlibLike();
        new ColorbarPainter(theme, new ChartFactory(theme)).paint(g, new FilledContourLayer(grid, "viridis", levels),
                "z", new Rectangle2D.Double(20, top, 160, 200), 180 + ColorbarPainter.WIDTH_PT);
        return image;
    }

    private static int darkPixels(BufferedImage image, int x0, int x1, int y0, int y1) {
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                dark += ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 300 ? 1 : 0;
            }
        }
        return dark;
    }
}
