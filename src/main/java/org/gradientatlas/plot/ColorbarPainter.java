package org.gradientatlas.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.HeatMapLayer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A colorbar beside a panel, as matplotlib's {@code colorbar()}: for a heat map the colormap's 256 entries as one
 * image strip, for filled contours one band per level interval; as tall as the data area, with a value axis and
 * label on its right.
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

    void paint(Graphics2D g, HeatMapLayer heatMap, String label, Rectangle2D dataArea, double rightEdge) {
        double lo = heatMap.vmin();
        double hi = heatMap.vmax() > lo ? heatMap.vmax() : lo + 1;
        paint(g, new HeatMapAnnotation(new HeatMapLayer(strip(lo, hi), heatMap.colormap(), 0, 1, lo, hi, lo, hi)),
                Axis.of(label, lo, hi, 0), dataArea, rightEdge);
    }

    /**
     * A filled contour's colorbar, as matplotlib's for contourf: one flat band per pair of levels, in the band's
     * colour, from the first level to the last (the bands of a ramp z = y whose grid rows are the levels), with a
     * tick at every level when they are evenly spaced (matplotlib ticks a contourf colorbar at its boundaries).
     */
    void paint(Graphics2D g, FilledContourLayer contour, String label, Rectangle2D dataArea, double rightEdge) {
        double[] levels = contour.levels();
        double[][] ramp = new double[levels.length][];
        for (int j = 0; j < levels.length; j++) {
            ramp[j] = new double[] {levels[j], levels[j]};
        }
        FilledContourLayer bands = new FilledContourLayer(new Grid(new double[] {0, 1}, levels, ramp),
                contour.colormap(), levels);
        double spacing = (levels[levels.length - 1] - levels[0]) / (levels.length - 1);
        boolean even = true;
        for (int j = 1; j < levels.length; j++) {
            even &= Math.abs(levels[j] - levels[j - 1] - spacing) <= 1e-9 * spacing;
        }
        // JFreeChart ticks k * spacing within the range: a hair of slack keeps the end levels' ticks when
        // first / spacing or last / spacing falls just short of a whole number (1.2 / 0.3 = 3.9999999999999996).
        boolean tickEveryLevel = even && levels.length <= 12;
        double slack = tickEveryLevel ? 1e-9 * spacing : 0;
        paint(g, new FilledContourAnnotation(bands), Axis.of(label, levels[0] - slack,
                levels[levels.length - 1] + slack, tickEveryLevel ? spacing : 0), dataArea, rightEdge);
    }

    /** The colorbar right of the data area, its labels within {@code rightEdge} (the end of its slot). */
    private void paint(Graphics2D g, XYAnnotation strip, Axis valueAxis, Rectangle2D dataArea, double rightEdge) {
        double width = Math.max(WIDTH_PT - GAP_PT, rightEdge - dataArea.getMaxX() - GAP_PT);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, false);
        renderer.addAnnotation(strip, Layer.BACKGROUND);
        NumberAxis hidden = new NumberAxis();
        hidden.setVisible(false);
        hidden.setRange(0, 1);
        NumberAxis values = charts.axis(valueAxis);
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
        space.setRight(width - STRIP_PT);
        plot.setFixedRangeAxisSpace(space);
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, false);
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        // JFreeChart clips to the chart's area: room above and below the strip keeps the labels of its end ticks
        // whole (they are centred on the strip's top and bottom edges).
        double overhang = theme.tickFont().getSize2D();
        chart.setPadding(new RectangleInsets(overhang, 0, overhang, 0));
        chart.setRenderingHints(g.getRenderingHints());
        chart.draw(g, new Rectangle2D.Double(dataArea.getMaxX() + GAP_PT, dataArea.getY() - overhang,
                width, dataArea.getHeight() + 2 * overhang));
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
