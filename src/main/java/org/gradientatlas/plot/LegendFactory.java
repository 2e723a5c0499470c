package org.gradientatlas.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Marker;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** A matplotlib-like legend box for a panel's lines: a sample of each line's stroke and marker, and its label. */
final class LegendFactory {
    private final Theme theme;

    LegendFactory(Theme theme) {
        this.theme = theme;
    }

    /** True when some line has a label to show (lines labelled "" stay out of the legend). */
    static boolean hasEntries(List<LineLayer> lines) {
        return lines.stream().anyMatch(line -> !line.label().isEmpty());
    }

    LegendTitle legend(List<LineLayer> lines) {
        LegendItemCollection items = new LegendItemCollection();
        for (LineLayer line : lines) {
            if (!line.label().isEmpty()) {
                items.add(item(line));
            }
        }
        LegendTitle legend = new DrawnLegend(() -> items);
        legend.setItemFont(theme.legendFont());
        legend.setItemPaint(theme.text());
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setFrame(new BlockBorder(0.8, 0.8, 0.8, 0.8, theme.legendEdge()));
        legend.setBackgroundPaint(theme.legendFill());
        legend.setPadding(new RectangleInsets(3, 5, 3, 5));
        legend.setItemLabelPadding(new RectangleInsets(1.5, 6, 1.5, 2));
        return legend;
    }

    /** A legend that announces itself as one ({@link DrawnPart}) wherever it is drawn. */
    private static final class DrawnLegend extends LegendTitle {
        private static final long serialVersionUID = 1L;

        DrawnLegend(LegendItemSource source) {
            super(source);
        }

        @Override
        public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
            return DrawnPart.LEGEND.during(g2, () -> super.draw(g2, area, params));
        }
    }

    /** The legend placed in the data area at fractions (fx, fy) of it, by the given point of its box. */
    static XYTitleAnnotation place(LegendTitle legend, LegendLocator.Spot spot) {
        return new XYTitleAnnotation(spot.fx(), spot.fy(), legend, spot.anchor());
    }

    private static final Color WHITE_MARKER_EDGE = new Color(0x40, 0x40, 0x40);
    private static final BasicStroke WHITE_MARKER_EDGE_STROKE = new BasicStroke(0.6f);

    /** Relative luminance (WCAG) above 0.95 (white, snow): too light to see on the legend's white box. */
    static boolean nearWhite(Color color) {
        double r = linear(color.getRed());
        double g = linear(color.getGreen());
        double b = linear(color.getBlue());
        return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.95;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : StrictMath.pow((c + 0.055) / 1.055, 2.4);
    }

    private static LegendItem item(LineLayer line) {
        LineStyle style = line.style();
        Color color = ChartFactory.color(style.color());
        boolean marker = style.marker() != Marker.NONE;
        // A white marker (the seeds draw Adagrad and one GD run in white, to stand out on their maps) would vanish
        // on the legend's white box, inside or outside the axes: a thin dark edge keeps it visible.
        boolean edged = marker && nearWhite(color);
        Shape shape = marker ? new MarkerMarks(style).sample() : new Line2D.Double(-10, 0, 10, 0);
        return new LegendItem(line.label(), null, null, null, marker, shape, marker, color, edged, WHITE_MARKER_EDGE,
                WHITE_MARKER_EDGE_STROKE, style.hasLine(), new Line2D.Double(-10, 0, 10, 0),
                ChartFactory.dashedStroke(style), color);
    }
}
