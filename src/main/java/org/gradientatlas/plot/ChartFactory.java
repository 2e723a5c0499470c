package org.gradientatlas.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.XYPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;

/** Builds a JFreeChart for one {@link XYPanel} in the theme's matplotlib-like look. */
public final class ChartFactory {
    /** Vertices closer than this to the simplified line are dropped: far below a pixel even at 8x zoom. */
    static final double SIMPLIFY_TOLERANCE_PT = 0.01;

    private final Theme theme;

    public ChartFactory(Theme theme) {
        this.theme = theme;
    }

    public JFreeChart chart(XYPanel panel, double panelWidthPt, double panelHeightPt) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        DefaultXYDataset dataset = new DefaultXYDataset();
        List<LineLayer> lines = panel.lines();
        double sx = panelWidthPt / (panel.x().max() - panel.x().min());
        double sy = panelHeightPt / (panel.y().max() - panel.y().min());
        for (int i = 0; i < lines.size(); i++) {
            LineLayer line = lines.get(i);
            dataset.addSeries(line.label(), simplified(line, sx, sy));
            renderer.setSeriesPaint(i, color(line.style().color()));
            renderer.setSeriesStroke(i, solidStroke(line.style()));
        }
        XYPlot plot = new XYPlot(dataset, axis(panel.x()), axis(panel.y()), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(theme.frame());
        plot.setOutlineStroke(new BasicStroke(theme.axisLineWidth()));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        if (panel.legend() != LegendPlacement.NONE) {
            plot.addAnnotation(legend(lines, panel.legend()));
        }
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        double pad = theme.outerPaddingPt();
        chart.setPadding(new RectangleInsets(pad, pad, pad, pad));
        return chart;
    }

    private NumberAxis axis(Axis spec) {
        NumberAxis axis = new NumberAxis(LabelText.plain(spec.label()));
        if (LabelText.hasMarkup(spec.label())) {
            axis.setAttributedLabel(LabelText.attributed(spec.label(), theme.labelFont()));
        }
        axis.setAutoRange(false);
        axis.setRange(spec.min(), spec.max());
        if (spec.tickStep() > 0) {
            axis.setTickUnit(new NumberTickUnit(spec.tickStep(), TickFormat.plain()));
        } else {
            axis.setStandardTickUnits(new NumberTickUnitSource(false, TickFormat.plain()));
        }
        axis.setLabelFont(theme.labelFont());
        axis.setTickLabelFont(theme.tickFont());
        axis.setLabelPaint(theme.text());
        axis.setTickLabelPaint(theme.text());
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(theme.frame());
        axis.setTickMarkStroke(new BasicStroke(theme.axisLineWidth()));
        axis.setTickMarkOutsideLength(theme.tickLength());
        axis.setTickMarkInsideLength(0);
        axis.setTickLabelInsets(new RectangleInsets(3.5, 3.5, 3.5, 3.5));
        axis.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
        return axis;
    }

    private XYTitleAnnotation legend(List<LineLayer> lines, LegendPlacement placement) {
        LegendItemCollection items = new LegendItemCollection();
        for (LineLayer line : lines) {
            LegendItem item = new LegendItem(line.label(), color(line.style().color()));
            item.setShapeVisible(false);
            item.setLineVisible(true);
            item.setLine(new Line2D.Double(-10, 0, 10, 0));
            item.setLineStroke(dashedStroke(line.style()));
            item.setLinePaint(color(line.style().color()));
            items.add(item);
        }
        LegendTitle legend = new LegendTitle(() -> items);
        legend.setItemFont(theme.legendFont());
        legend.setItemPaint(theme.text());
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setFrame(new BlockBorder(0.8, 0.8, 0.8, 0.8, theme.legendEdge()));
        legend.setBackgroundPaint(theme.legendFill());
        legend.setPadding(new RectangleInsets(3, 5, 3, 5));
        legend.setItemLabelPadding(new RectangleInsets(1.5, 6, 1.5, 2));
        double inset = theme.legendInsetPt();
        return switch (placement) {
            case UPPER_RIGHT -> new XYTitleAnnotation(1 - inset, 1 - inset, legend, RectangleAnchor.TOP_RIGHT);
            case UPPER_LEFT -> new XYTitleAnnotation(inset, 1 - inset, legend, RectangleAnchor.TOP_LEFT);
            case LOWER_LEFT -> new XYTitleAnnotation(inset, inset, legend, RectangleAnchor.BOTTOM_LEFT);
            case LOWER_RIGHT -> new XYTitleAnnotation(1 - inset, inset, legend, RectangleAnchor.BOTTOM_RIGHT);
            case NONE -> throw new IllegalArgumentException("no legend to place");
        };
    }

    /** The line as drawn: dashes cut at full resolution (see {@link DashPattern}), then simplified. */
    private static double[][] simplified(LineLayer line, double sx, double sy) {
        double[] x = line.x();
        double[] y = line.y();
        double[] dash = line.style().dash();
        if (dash.length > 0) {
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= line.style().width();
            }
            double[][] pieces = new DashPattern(dash).onPieces(x, y, sx, sy);
            x = pieces[0];
            y = pieces[1];
        }
        boolean[] keep = PolylineSimplifier.keep(x, y, sx, sy, SIMPLIFY_TOLERANCE_PT);
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        double[][] xy = new double[2][n];
        for (int i = 0, j = 0; i < x.length; i++) {
            if (keep[i]) {
                xy[0][j] = x[i];
                xy[1][j++] = y[i];
            }
        }
        return xy;
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    private static BasicStroke solidStroke(LineStyle style) {
        return new BasicStroke((float) style.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    /** The legend sample's stroke: matplotlib scales dash lengths by the line width. */
    private static BasicStroke dashedStroke(LineStyle style) {
        double[] dash = style.dash();
        if (dash.length == 0) {
            return solidStroke(style);
        }
        float[] pattern = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            pattern[i] = (float) (dash[i] * style.width());
        }
        return new BasicStroke((float) style.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }
}
