package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.gradientatlas.figure.LegendPlacement;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.Size2D;
import org.junit.jupiter.api.Test;

class LegendLocatorTest {
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 100, 100);
    private static final Size2D LEGEND = new Size2D(30, 20);
    private final LegendLocator locator = new LegendLocator(0.02);

    @Test
    void emptyPlotTakesMatplotlibsFirstChoiceUpperRight() {
        assertThat(locator.best(AREA, LEGEND, List.of()).anchor()).isEqualTo(RectangleAnchor.TOP_RIGHT);
    }

    @Test
    void avoidsTheCornersThatDataOccupy() {
        // A line through the upper right and upper left corners (Java2D y grows downwards).
        double[][] top = {{5, 50, 95}, {5, 10, 5}};
        assertThat(locator.best(AREA, LEGEND, List.<double[][]>of(top)).anchor()).isEqualTo(RectangleAnchor.BOTTOM_LEFT);
        // A line round three sides (top, right, bottom) and a segment through the centre: only the left is free.
        double[][] corners = {{5, 95, 95, 5}, {5, 5, 95, 95}};
        double[][] cross = {{50, 50}, {40, 60}};
        assertThat(locator.best(AREA, LEGEND, List.of(corners, cross)).anchor()).isEqualTo(RectangleAnchor.LEFT);
    }

    @Test
    void countsSegmentsThatCrossTheBoxEvenWithoutAVertexInside() {
        // One long segment through the upper right box, vertices outside every box.
        double[][] diagonal = {{40, 120}, {-20, 60}};
        assertThat(locator.best(AREA, LEGEND, List.<double[][]>of(diagonal)).anchor()).isEqualTo(RectangleAnchor.TOP_LEFT);
    }

    @Test
    void fixedPlacesSitInTheirCorners() {
        LegendLocator.Spot spot = locator.fixed(LegendPlacement.LOWER_LEFT);
        Rectangle2D box = LegendLocator.box(AREA, LEGEND, spot);
        assertThat(box.getX()).isEqualTo(2);
        assertThat(box.getMaxY()).isEqualTo(98);
    }
}
