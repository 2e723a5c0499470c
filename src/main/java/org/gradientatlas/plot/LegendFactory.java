package org.gradientatlas.plot;

import java.awt.Graphics2D;
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
            Object[] result = new Object[1];
            DrawnPart.LEGEND.during(g2, () -> result[0] = super.draw(g2, area, params));
            return result[0];
        }
    }

    /** The legend placed in the data area at fractions (fx, fy) of it, by the given point of its box. */
    static XYTitleAnnotation place(LegendTitle legend, LegendLocator.Spot spot) {
        return new XYTitleAnnotation(spot.fx(), spot.fy(), legend, spot.anchor());
    }

    private static LegendItem item(LineLayer line) {
        LineStyle style = line.style();
        LegendItem item = new LegendItem(line.label(), ChartFactory.color(style.color()));
        item.setLineVisible(style.hasLine());
        item.setLine(new Line2D.Double(-10, 0, 10, 0));
        item.setLineStroke(ChartFactory.dashedStroke(style));
        item.setLinePaint(ChartFactory.color(style.color()));
        if (style.marker() != Marker.NONE) {
            item.setShape(new MarkerMarks(style).sample());
            item.setShapeVisible(true);
            item.setFillPaint(ChartFactory.color(style.color()));
        } else {
            item.setShapeVisible(false);
        }
        return item;
    }
}
