package org.gradientatlas.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.Marker;
import org.gradientatlas.figure.XYPanel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.gradientatlas.ticks.LogScaling;

/**
 * Paints one {@link XYPanel}: the JFreeChart, laid out once on a scratch canvas when the final layout depends on
 * it (equal aspect, the legend's place), then its legend and its colorbar. A legend stays inside the axes only
 * where it covers no line or marker; otherwise it goes outside, on the right or, on a narrow panel, below.
 */
final class XYPanelPainter {
    /** Space between the axes (or colorbar) and a legend outside them. */
    private static final double OUTSIDE_GAP_PT = 8;
    /** A legend goes on the right only if the chart keeps this width (as {@code PanelGrid}'s minimum panel). */
    private static final double RIGHT_MIN_CHART_PT = 180;
    private final Theme theme;
    private final ChartFactory charts;
    private final LegendFactory legends;
    private final ColorbarPainter colorbars;

    XYPanelPainter(Theme theme) {
        this.theme = theme;
        this.charts = new ChartFactory(theme);
        this.legends = new LegendFactory(theme);
        this.colorbars = new ColorbarPainter(theme, charts);
    }

    void paint(XYPanel declared, Graphics2D g, Rectangle2D area) {
        XYPanel panel = LogScaling.linearised(declared);
        boolean colorbar = panel.colorbarLabel() != null;
        Rectangle2D chartArea = colorbar ? new Rectangle2D.Double(area.getX(), area.getY(),
                area.getWidth() - ColorbarPainter.WIDTH_PT, area.getHeight()) : area;
        JFreeChart chart = charts.chart(panel, chartArea.getWidth(), chartArea.getHeight());
        chart.setRenderingHints(g.getRenderingHints());
        boolean legend = panel.legend() != LegendPlacement.NONE && LegendFactory.hasEntries(panel.lines());
        RectangleInsets padding = chart.getPadding();
        Layout layout = new Layout(chartArea, panel.equalAspect() || legend || colorbar
                ? layout(chart, panel, chartArea, padding) : null, null, null);
        if (legend) {
            layout = withLegend(chart, panel, area, layout, padding);
        }
        chart.draw(g, layout.chart());
        if (colorbar) {
            double end = layout.chart().getMaxX() + ColorbarPainter.WIDTH_PT;
            if (panel.heatMaps().isEmpty()) {
                colorbars.paint(g, panel.contours().get(0), panel.colorbarLabel(), layout.data(), end);
            } else {
                colorbars.paint(g, panel.heatMaps().get(0), panel.colorbarLabel(), layout.data(), end);
            }
        }
        if (layout.legendBeside() != null) {
            layout.legend().draw(g, layout.legendBeside());
        }
    }

    /**
     * Where the chart, its data area and its legend go.
     *
     * @param legendBeside where the legend is drawn beside the axes, or null when the chart draws it (inside as an
     *                     annotation, or below as a subtitle)
     */
    private record Layout(Rectangle2D chart, Rectangle2D data, LegendTitle legend, Rectangle2D legendBeside) {
    }

    /** The layout with the panel's legend placed: inside where it covers no data, else outside. */
    private Layout withLegend(JFreeChart chart, XYPanel panel, Rectangle2D area, Layout layout,
            RectangleInsets padding) {
        LegendTitle box = legends.legend(panel.lines());
        Size2D size = size(box, RectangleConstraint.NONE);
        LegendLocator.Spot inside = inside(panel, chart.getXYPlot(), layout.data(), size);
        if (inside != null) {
            chart.getXYPlot().addAnnotation(LegendFactory.place(box, inside));
            return new Layout(layout.chart(), layout.data(), box, null);
        }
        // No free place inside: below the axes, the entries side by side in rows, or beside the axes (and their
        // colorbar) on the right, as matplotlib's legend(loc="upper left", bbox_to_anchor=(1.02, 1)): whichever
        // leaves the larger plot area.
        Rectangle2D chartArea = layout.chart();
        box.setPosition(RectangleEdge.BOTTOM);
        box.setMargin(new RectangleInsets(OUTSIDE_GAP_PT, 0, 0, 0));
        chart.addSubtitle(box);
        Rectangle2D below = layout(chart, panel, chartArea, padding);
        Rectangle2D narrower = new Rectangle2D.Double(chartArea.getX(), chartArea.getY(),
                chartArea.getWidth() - size.getWidth() - OUTSIDE_GAP_PT, chartArea.getHeight());
        chart.removeSubtitle(box);
        Rectangle2D beside = narrower.getWidth() >= RIGHT_MIN_CHART_PT ? layout(chart, panel, narrower, padding) : null;
        if (beside != null && area(beside) > area(below)) {
            box.setPosition(RectangleEdge.RIGHT);
            box.setMargin(RectangleInsets.ZERO_INSETS);
            size(box, RectangleConstraint.NONE); // lays its entries out in one column again
            return new Layout(narrower, beside, box, new Rectangle2D.Double(area.getMaxX() - size.getWidth()
                    - theme.outerPaddingPt() / 2, beside.getY(), size.getWidth(), size.getHeight()));
        }
        chart.addSubtitle(box);
        return new Layout(chartArea, layout(chart, panel, chartArea, padding), box, null);
    }

    /**
     * Where the legend goes inside the axes: the recipe's place, or for {@code BEST} matplotlib's choice, if it
     * covers no line or marker; else the first of matplotlib's places that covers none; null if every place does.
     */
    private LegendLocator.Spot inside(XYPanel panel, XYPlot plot, Rectangle2D dataArea, Size2D size) {
        LegendLocator locator = new LegendLocator(theme.legendInsetPt(), clearance(panel.lines()));
        List<double[][]> data = projected(plot, dataArea, panel.lines());
        if (panel.legend() != LegendPlacement.BEST) {
            LegendLocator.Spot fixed = locator.fixed(panel.legend());
            if (locator.covered(dataArea, size, fixed, data) == 0) {
                return fixed;
            }
        }
        LegendLocator.Spot best = locator.best(dataArea, size, data);
        return locator.covered(dataArea, size, best, data) == 0 ? best : null;
    }

    /** Half the widest marker or line of the panel, plus a point: how far data must stay from a legend. */
    private static double clearance(List<LineLayer> lines) {
        double half = 0;
        for (LineLayer line : lines) {
            half = Math.max(half, line.style().width() / 2);
            if (line.style().marker() != Marker.NONE) {
                half = Math.max(half, line.style().markerSize() / 2);
            }
        }
        return half + 1;
    }

    private static double area(Rectangle2D r) {
        return r.getWidth() * r.getHeight();
    }

    /** The data area in {@code area}, with the chart's own padding, shrunk to an equal aspect if the panel asks. */
    private static Rectangle2D layout(JFreeChart chart, XYPanel panel, Rectangle2D area, RectangleInsets padding) {
        chart.setPadding(padding);
        chart.getXYPlot().setInsets(RectangleInsets.ZERO_INSETS);
        Rectangle2D dataArea = layout(chart, area);
        if (panel.equalAspect()) {
            equalizeAspect(chart, panel, dataArea);
            dataArea = layout(chart, area);
        }
        return dataArea;
    }

    /** The data area the chart gets in the given area, found by drawing it on a one-pixel scratch image. */
    private static Rectangle2D layout(JFreeChart chart, Rectangle2D area) {
        Graphics2D scratch = scratchGraphics(chart.getRenderingHints());
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(scratch, area, info);
        scratch.dispose();
        return (Rectangle2D) info.getPlotInfo().getDataArea().clone();
    }

    private static Graphics2D scratchGraphics(RenderingHints hints) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHints(hints);
        return g;
    }

    /** Shrinks the data area, centred, so that a unit of x is as long as a unit of y (matplotlib's 'equal'). */
    private static void equalizeAspect(JFreeChart chart, XYPanel panel, Rectangle2D dataArea) {
        double ratio = (panel.x().max() - panel.x().min()) / (panel.y().max() - panel.y().min());
        RectangleInsets pad = chart.getPadding();
        double w = dataArea.getWidth();
        double h = dataArea.getHeight();
        double dx = w > h * ratio ? (w - h * ratio) / 2 : 0;
        double dy = w > h * ratio ? 0 : (h - w / ratio) / 2;
        // Narrower: the plot's insets, so that the title keeps the panel's width to wrap in; lower: the chart's
        // padding, so that the title stays on top of the axes, as matplotlib's does.
        chart.setPadding(new RectangleInsets(pad.getTop() + dy, pad.getLeft(), pad.getBottom() + dy, pad.getRight()));
        chart.getXYPlot().setInsets(new RectangleInsets(0, dx, 0, dx));
    }

    private static Size2D size(LegendTitle legend, RectangleConstraint constraint) {
        Graphics2D scratch = scratchGraphics(new RenderingHints(RenderingHints.KEY_FRACTIONALMETRICS,
                RenderingHints.VALUE_FRACTIONALMETRICS_ON));
        Size2D size = legend.arrange(scratch, constraint);
        scratch.dispose();
        return size;
    }

    /** The lines' vertices in Java2D coordinates of the laid-out data area. */
    private static List<double[][]> projected(XYPlot plot, Rectangle2D dataArea, List<LineLayer> lines) {
        List<double[][]> result = new ArrayList<>();
        for (LineLayer line : lines) {
            double[] x = line.x();
            double[] y = line.y();
            double[][] p = new double[2][x.length];
            for (int i = 0; i < x.length; i++) {
                p[0][i] = plot.getDomainAxis().valueToJava2D(x[i], dataArea, plot.getDomainAxisEdge());
                p[1][i] = plot.getRangeAxis().valueToJava2D(y[i], dataArea, plot.getRangeAxisEdge());
            }
            result.add(p);
        }
        return result;
    }
}
