package org.gradientatlas.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.XYPanel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;

/**
 * Paints one {@link XYPanel}: the JFreeChart, laid out once on a scratch canvas when the final layout depends on
 * it (equal aspect, the "best" legend place), then its legend and its colorbar.
 */
final class XYPanelPainter {
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
        boolean best = panel.legend() == LegendPlacement.BEST && LegendFactory.hasEntries(panel.lines());
        Rectangle2D dataArea = panel.equalAspect() || best || colorbar ? layout(chart, chartArea) : null;
        if (panel.equalAspect()) {
            equalizeAspect(chart, panel, dataArea);
            dataArea = layout(chart, chartArea);
        }
        if (panel.legend() != LegendPlacement.NONE && LegendFactory.hasEntries(panel.lines())) {
            LegendTitle legend = legends.legend(panel.lines());
            LegendLocator locator = new LegendLocator(theme.legendInsetPt());
            XYPlot plot = chart.getXYPlot();
            plot.addAnnotation(LegendFactory.place(legend, best
                    ? locator.best(dataArea, size(legend), projected(plot, dataArea, panel.lines()))
                    : locator.fixed(panel.legend())));
        }
        chart.draw(g, chartArea);
        if (colorbar) {
            if (panel.heatMaps().isEmpty()) {
                colorbars.paint(g, panel.contours().get(0), panel.colorbarLabel(), dataArea);
            } else {
                colorbars.paint(g, panel.heatMaps().get(0), panel.colorbarLabel(), dataArea);
            }
        }
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
        chart.setPadding(new RectangleInsets(pad.getTop() + dy, pad.getLeft() + dx, pad.getBottom() + dy,
                pad.getRight() + dx));
    }

    private Size2D size(LegendTitle legend) {
        Graphics2D scratch = scratchGraphics(new RenderingHints(RenderingHints.KEY_FRACTIONALMETRICS,
                RenderingHints.VALUE_FRACTIONALMETRICS_ON));
        Size2D size = legend.arrange(scratch, RectangleConstraint.NONE);
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
