package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Marker;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;

/** Markers land where the axes put the data: one data unit is 10 px on a 0..20 square of 200 px. */
class MarkedLineAnnotationTest {
    private static final int RED = 0xffff0000;
    private static final int WHITE = 0xffffffff;

    @Test
    void markersOnlyDrawsNoLineBetweenThePoints() {
        BufferedImage image = draw(new LineLayer("", new double[] {5, 15}, new double[] {10, 10},
                LineStyle.markersOnly("#ff0000", Marker.SQUARE, 6)));
        assertThat(image.getRGB(50, 100)).isEqualTo(RED);
        assertThat(image.getRGB(150, 100)).isEqualTo(RED);
        assertThat(image.getRGB(100, 100)).as("no line between the squares").isEqualTo(WHITE);
        assertThat(image.getRGB(50 + 3, 100 + 3)).as("square corner (half size 3.5 px)").isEqualTo(RED);
    }

    @Test
    void diamondStandsOnACorner() {
        BufferedImage image = draw(new LineLayer("", new double[] {10}, new double[] {10},
                LineStyle.markersOnly("#ff0000", Marker.DIAMOND, 10)));
        assertThat(image.getRGB(100, 100)).isEqualTo(RED);
        assertThat(image.getRGB(100, 94)).as("top tip").isEqualTo(RED);
        assertThat(image.getRGB(104, 96)).as("beside the tip, outside the diamond").isEqualTo(WHITE);
    }

    @Test
    void arrowHeadSitsAtTheEndOfEachSegmentPointingAlongIt() {
        // From (2, 10) to (18, 10): left to right, head 11 px long ending at x = 180.
        BufferedImage image = draw(new LineLayer("grad", new double[] {2, 18}, new double[] {10, 10},
                LineStyle.withMarkers("#ff0000", 1, Marker.ARROW, 10)));
        assertThat(image.getRGB(178, 100)).as("near the tip").isEqualTo(RED);
        assertThat(image.getRGB(171, 97)).as("head is wider near its base").isEqualTo(RED);
        assertThat(image.getRGB(185, 100)).as("nothing beyond the tip").isEqualTo(WHITE);
        assertThat(image.getRGB(22, 97)).as("no head at the start").isEqualTo(WHITE);
        assertThat(image.getRGB(100, 100)).as("the shaft").isNotEqualTo(WHITE);
    }

    private static BufferedImage draw(LineLayer line) {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        NumberAxis x = new NumberAxis();
        x.setRange(0, 20);
        NumberAxis y = new NumberAxis();
        y.setRange(0, 20);
        XYPlot plot = new XYPlot(new DefaultXYDataset(), x, y, new XYLineAndShapeRenderer());
        new MarkedLineAnnotation(line).draw(g, plot, new Rectangle2D.Double(0, 0, 200, 200), x, y, 0, null);
        g.dispose();
        return image;
    }
}
