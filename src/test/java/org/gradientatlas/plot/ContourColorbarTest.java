package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.XYPanel;
import org.junit.jupiter.api.Test;

/** A filled contour's colorbar: one flat band per level interval, in that band's contourf colour. */
class ContourColorbarTest {
    @Test
    void eachBandOfTheBarHasItsContourColour() {
        double[] levels = {-1, -0.5, 0, 0.5, 1};
        Grid grid = new Grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{-1, 0}, {0, 1}});
        FilledContourLayer layer = new FilledContourLayer(grid, "viridis", levels);
        BufferedImage image = new BufferedImage(200, 220, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        Theme theme = Theme.matplotlibLike();
        Rectangle2D dataArea = new Rectangle2D.Double(0, 10, 50, 200); // the bar spans y 10..210
        new ColorbarPainter(theme, new ChartFactory(theme)).paint(g, layer, "z", dataArea,
                dataArea.getMaxX() + ColorbarPainter.WIDTH_PT);
        int x = (int) (dataArea.getMaxX() + 12 + 6); // gap 12, strip 12: the strip's middle
        for (int band = 0; band < 4; band++) {
            int y = (int) (210 - (band + 0.5) * 50); // band 0 at the bottom
            assertThat(image.getRGB(x, y)).as("band %d", band)
                    .isEqualTo(Colormap.VIRIDIS.argb(FilledContourAnnotation.colourPosition(levels, band)));
        }
    }

    @Test
    void aPanelTakesAColorbarForFilledContoursButNotForLinesAlone() {
        Grid grid = new Grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{0, 1}, {1, 2}});
        FilledContourLayer layer = new FilledContourLayer(grid, "viridis", new double[] {0, 1, 2});
        new XYPanel("", Axis.of("x", 0, 1, 0), Axis.of("y", 0, 1, 0), List.of(), List.of(layer), List.of(),
                LegendPlacement.NONE, "z", true);
        assertThatThrownBy(() -> new XYPanel("", Axis.of("x", 0, 1, 0), Axis.of("y", 0, 1, 0), List.of(), List.of(),
                List.of(), LegendPlacement.NONE, "z", false)).hasMessageContaining("heat map or filled contours");
    }
}
