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
        assertThat(image.getRGB(175, 100)).isEqualTo(viridis.argb(2.5 / 8));
        assertThat(image.getRGB(2, 2)).isEqualTo(viridis.argb(7.5 / 8));
        // (0, 1.5) at row 25: z = 2.25 again; y grows upwards
        assertThat(image.getRGB(100, 25)).isEqualTo(image.getRGB(175, 100));
    }

    @Test
    void colourPositionsAreTheBandMiddlesOverTheLevelRange() {
        double[] levels = {0, 1, 3};
        assertThat(FilledContourAnnotation.colourPosition(levels, 0)).isEqualTo(0.5 / 3);
        assertThat(FilledContourAnnotation.colourPosition(levels, 1)).isEqualTo(2 / 3.0);
        assertThat(FilledContourAnnotation.colourPosition(new double[] {0, 1, 2, 3}, 1)).isEqualTo(0.5);
    }

    /**
     * Band colours of matplotlib 3.6.3's contourf(x, y, x**2 + y**2, cmap='terrain') on linspace(0, 1, 50,
     * endpoint=False)^2 (levels 0, 0.25, ..., 2), as {@code c.get_facecolor()} times 255, rounded.
     */
    @Test
    void bandColoursAreMatplotlibs() {
        int[][] matplotlib = {{30, 94, 196}, {0, 172, 196}, {65, 217, 115}, {193, 243, 141}, {222, 213, 135},
                {158, 131, 101}, {161, 135, 129}, {225, 217, 215}};
        double[] levels = {0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2};
        for (int k = 0; k < matplotlib.length; k++) {
            int argb = Colormap.TERRAIN.argb(FilledContourAnnotation.colourPosition(levels, k));
            int[] rgb = {(argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff};
            for (int c = 0; c < 3; c++) {
                assertThat(rgb[c]).as("band %d channel %d", k, c).isCloseTo(matplotlib[k][c],
                        org.assertj.core.data.Offset.offset(1));
            }
        }
    }
}
