package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;

class FilledContourAnnotationTest {
    /** A cone z = x^2 + y^2 on [-2, 2]^2: bands are rings, placed exactly where the axes put the data. */
    @Test
    void bandsOfAConeFillTheRightPixels() {
        int n = 81;
        double[] x = new double[n];
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            x[i] = -2 + 4.0 * i / (n - 1);
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                z[j][i] = x[i] * x[i] + x[j] * x[j];
            }
        }
        double[] levels = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        FilledContourLayer layer = new FilledContourLayer(new Grid(x, x, z), "viridis", levels);
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        NumberAxis xAxis = new NumberAxis();
        xAxis.setRange(-2, 2);
        NumberAxis yAxis = new NumberAxis();
        yAxis.setRange(-2, 2);
        XYPlot plot = new XYPlot(new DefaultXYDataset(), xAxis, yAxis, new XYLineAndShapeRenderer());
        new FilledContourAnnotation(layer).draw(g, plot, new Rectangle2D.Double(0, 0, 200, 200), xAxis, yAxis, 0,
                null);
        Colormap viridis = Colormap.VIRIDIS;
        assertThat(image.getRGB(100, 100)).isEqualTo(viridis.argb(FilledContourAnnotation.colourPosition(levels, 0)));
        // (1.5, 0): z = 2.25, band 2 (2 < z <= 3); (-1.9, 1.9): z = 7.22, the top band
        assertThat(image.getRGB(175, 100)).isEqualTo(viridis.argb(2 / 7.0));
        assertThat(image.getRGB(2, 2)).isEqualTo(viridis.argb(1.0));
        // (0, 1.5) at row 25: z = 2.25 again; y grows upwards
        assertThat(image.getRGB(100, 25)).isEqualTo(image.getRGB(175, 100));
    }

    @Test
    void colourPositionsAreTheBandMiddlesSpanningTheColormap() {
        double[] levels = {0, 1, 3};
        assertThat(FilledContourAnnotation.colourPosition(levels, 0)).isZero();
        assertThat(FilledContourAnnotation.colourPosition(levels, 1)).isEqualTo(1.0);
        assertThat(FilledContourAnnotation.colourPosition(new double[] {0, 1, 2, 3}, 1)).isEqualTo(0.5);
    }
}
