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
        Grid grid = new Grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{-3, 0}, {2, 5}});
        FilledContourLayer layer = new FilledContourLayer(grid, "viridis", levels);
        BufferedImage image = new BufferedImage(300, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 240);
        Rectangle2D dataArea = new Rectangle2D.Double(20, 20, 160, 200);
        Theme theme = Theme.matplotlibLike();
        new ColorbarPainter(theme, new ChartFactory(theme)).paint(g, layer, "z", dataArea);
        int stripX = 180 + 12 + 6;
        for (int band = 0; band < 4; band++) {
            int y = (int) Math.round(220 - (band + 0.5) * 50);
            assertThat(image.getRGB(stripX, y)).as("band %d", band)
                    .isEqualTo(Colormap.VIRIDIS.argb(FilledContourAnnotation.colourPosition(levels, band)));
        }
    }
}
