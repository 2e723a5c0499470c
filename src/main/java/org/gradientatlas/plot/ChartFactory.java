package org.gradientatlas.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.HeatMapLayer;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Marker;
import org.gradientatlas.figure.XYPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;
import org.gradientatlas.geometry.PolylineSimplifier;

/** Builds a JFreeChart for one {@link XYPanel} in the theme's matplotlib-like look. */
public final class ChartFactory {
    /** Vertices closer than this to the simplified line are dropped: far below a pixel even at 8x zoom. */
    static final double SIMPLIFY_TOLERANCE_PT = 0.01;

    private final Theme theme;

    public ChartFactory(Theme theme) {
        this.theme = theme;
    }

    /** The panel's chart without its legend, which {@link XYPanelPainter} places once the layout is known. */
    public JFreeChart chart(XYPanel panel, double panelWidthPt, double panelHeightPt) {
        XYLineAndShapeRenderer renderer = new DataRenderer();
        renderer.setDrawSeriesLineAsPath(true);
        DefaultXYDataset dataset = new DefaultXYDataset();
        double sx = panelWidthPt / span(panel.x());
        double sy = panelHeightPt / span(panel.y());
        for (HeatMapLayer heatMap : panel.heatMaps()) {
            renderer.addAnnotation(new HeatMapAnnotation(heatMap), Layer.BACKGROUND);
        }
        for (FilledContourLayer contour : panel.contours()) {
            renderer.addAnnotation(new FilledContourAnnotation(contour), Layer.BACKGROUND);
        }
        for (LineLayer line : panel.lines()) {
            if (line.style().marker() != Marker.NONE) {
                renderer.addAnnotation(new MarkedLineAnnotation(line), Layer.FOREGROUND);
                continue;
            }
            int i = dataset.getSeriesCount();
            // Keys must be unique, labels need not be (several unlabelled lines).
            dataset.addSeries(i + ":" + line.label(), simplified(line, sx, sy));
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
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, false);
        if (!panel.title().isEmpty()) {
            // A few percent to spare: JFreeChart measures with the drawing's Graphics2D and must not break again.
            double width = 0.96 * (panelWidthPt - 2 * theme.outerPaddingPt());
            Font font = TitleFit.font(panel.title(), theme.titleFont(), width);
            TextTitle title = new DrawnTitle(TitleFit.wrapped(panel.title(), font, width), font);
            title.setMaximumLinesToDisplay(TitleFit.MAX_LINES);
            title.setPaint(theme.text());
            title.setPadding(new RectangleInsets(0, 0, 6, 0));
            chart.setTitle(title);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        double pad = theme.outerPaddingPt();
        chart.setPadding(new RectangleInsets(pad, pad, pad, pad));
        return chart;
    }

    NumberAxis axis(Axis spec) {
        NumberAxis axis = spec.isLog()
                ? new PowerOfTenAxis(LabelText.plain(spec.label()), spec.toLinear(spec.min()),
                        spec.toLinear(spec.max()), theme.tickFont())
                : new AutoTickAxis(LabelText.plain(spec.label()), spec.tickStep());
        if (LabelText.hasMarkup(spec.label())) {
            axis.setAttributedLabel(LabelText.attributed(spec.label(), theme.labelFont()));
        }
        if (!spec.isLog()) {
            axis.setAutoRange(false);
            axis.setRange(spec.min(), spec.max());
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
        axis.setMinorTickMarkOutsideLength(theme.tickLength() * 4 / 7);
        axis.setMinorTickMarkInsideLength(0);
        axis.setTickLabelInsets(new RectangleInsets(3.5, 3.5, 3.5, 3.5));
        axis.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
        return axis;
    }

    /** The axis's length in its linear coordinate (decades on a log axis). */
    private static double span(Axis axis) {
        return axis.toLinear(axis.max()) - axis.toLinear(axis.min());
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

    /** A panel title announced as one ({@link DrawnPart}). */
    private static final class DrawnTitle extends TextTitle {
        private static final long serialVersionUID = 1L;

        DrawnTitle(String text, Font font) {
            super(text, font);
        }

        @Override
        public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
            return DrawnPart.TITLE.during(g2, () -> super.draw(g2, area, params));
        }
    }

    /** JFreeChart's line renderer, its lines announced as data ({@link DrawnPart}). */
    private static final class DataRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;

        DataRenderer() {
            super(true, false);
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            DrawnPart.DATA.during(g2, () -> super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis,
                    dataset, series, item, crosshairState, pass));
        }
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    private static BasicStroke solidStroke(LineStyle style) {
        return new BasicStroke((float) style.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    /** The legend sample's stroke: matplotlib scales dash lengths by the line width. */
    static BasicStroke dashedStroke(LineStyle style) {
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
