package org.gradientatlas.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.HeatMapLayer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A colorbar beside a panel, as matplotlib's {@code colorbar()}: the colormap's 256 entries (or a filled contour's
 * bands) as one image strip as tall as the data area, with a value axis and label on its right.
 */
final class ColorbarPainter {
    /** Width the colorbar takes from its panel: gap, strip, tick labels and axis label. */
    static final double WIDTH_PT = 72;
    private static final double GAP_PT = 12;
    private static final double STRIP_PT = 12;
    private static final int ENTRIES = 256;
    private final Theme theme;
    private final ChartFactory charts;

    ColorbarPainter(Theme theme, ChartFactory charts) {
        this.theme = theme;
        this.charts = charts;
    }

    void paint(Graphics2D g, HeatMapLayer heatMap, String label, Rectangle2D dataArea) {
        double lo = heatMap.vmin();
        double hi = heatMap.vmax() > lo ? heatMap.vmax() : lo + 1;
        paintStrip(g, new HeatMapLayer(strip(lo, hi), heatMap.colormap(), 0, 1, lo, hi, lo, hi), label, dataArea);
    }

    /**
     * The colorbar of a filled contour, as matplotlib draws it: from the first to the last level, each band in its
     * contourf colour over its share of the range (256 strip cells, each of the band its middle falls in).
     */
    void paint(Graphics2D g, FilledContourLayer contour, String label, Rectangle2D dataArea) {
        double[] levels = contour.levels();
        double lo = levels[0];
        double hi = levels[levels.length - 1];
        Grid strip = strip(lo, hi);
        double[][] z = new double[ENTRIES][1];
        int band = 0;
        for (int k = 0; k < ENTRIES; k++) {
            while (band < levels.length - 2 && strip.y()[k] > levels[band + 1]) {
                band++;
            }
            z[k][0] = (levels[band] + levels[band + 1]) / 2; // the band's colour, as FilledContourAnnotation
        }
        paintStrip(g, new HeatMapLayer(new Grid(strip.x(), strip.y(), z), contour.colormap(), 0, 1, lo, hi, lo,
                hi), label, dataArea);
    }

    private void paintStrip(Graphics2D g, HeatMapLayer strip, String label, Rectangle2D dataArea) {
        double lo = strip.yMin();
        double hi = strip.yMax();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, false);
        renderer.addAnnotation(new HeatMapAnnotation(strip), Layer.BACKGROUND);
        NumberAxis hidden = new NumberAxis();
        hidden.setVisible(false);
        hidden.setRange(0, 1);
        NumberAxis values = charts.axis(Axis.of(label, lo, hi, 0));
        values.setLabelAngle(Math.PI); // read bottom to top, as matplotlib's colorbar label
        XYPlot plot = new XYPlot(new DefaultXYDataset(), hidden, values, renderer);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setOutlinePaint(theme.frame());
        plot.setOutlineStroke(new BasicStroke(theme.axisLineWidth()));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        AxisSpace space = new AxisSpace();
        space.setRight(WIDTH_PT - GAP_PT - STRIP_PT);
        plot.setFixedRangeAxisSpace(space);
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        chart.setRenderingHints(g.getRenderingHints());
        chart.draw(g, new Rectangle2D.Double(dataArea.getMaxX() + GAP_PT, dataArea.getY(), WIDTH_PT - GAP_PT,
                dataArea.getHeight()));
    }

    /** One column of 256 values, the k-th in the middle of colormap entry k's share of [lo, hi]. */
    private static Grid strip(double lo, double hi) {
        double[] y = new double[ENTRIES];
        double[][] z = new double[ENTRIES][1];
        for (int k = 0; k < ENTRIES; k++) {
            y[k] = lo + (k + 0.5) / ENTRIES * (hi - lo);
            z[k][0] = y[k];
        }
        return new Grid(new double[] {0.5}, y, z);
    }
}
