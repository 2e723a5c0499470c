package org.gradientatlas.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.gradientatlas.ticks.LogTicks;

/**
 * A log10 axis as matplotlib draws one: a linear axis over log10 of the data (see {@link LogScaling}) with the
 * ticks and labels of {@link LogTicks}, labels that would touch left out.
 */
final class PowerOfTenAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private final Font labelFont;

    /** @param log10Min log10 of the axis's smallest value; likewise log10Max */
    PowerOfTenAxis(String label, double log10Min, double log10Max, Font tickFont) {
        super(label);
        this.labelFont = tickFont;
        setAutoRange(false);
        setRange(log10Min, log10Max);
        setMinorTickMarksVisible(true);
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = RectangleEdge.isLeftOrRight(edge)
                ? (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT)
                : (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
        return spaced(ticks(getLowerBound(), getUpperBound(), anchor), g2, dataArea, edge);
    }

    /**
     * The ticks with only the labels that keep apart: a third of a font size between labels one above the
     * other, half one between labels side by side; powers of ten first, then the minor labels in the order 2, 5,
     * 3, 4, 6, 7, 8, 9.
     */
    private List<LogTick> spaced(List<LogTick> ticks, Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        double size = labelFont.getSize2D();
        List<LogTick> byPriority = new ArrayList<>(ticks);
        byPriority.sort(java.util.Comparator.comparingInt(PowerOfTenAxis::priority));
        List<double[]> kept = new ArrayList<>(); // position and half extent of each kept label
        java.util.Set<LogTick> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (LogTick tick : byPriority) {
            if (tick.getAttributedLabel() == null) {
                continue;
            }
            double at = valueToJava2D(tick.getValue(), dataArea, edge);
            double half = vertical ? size / 2 : new java.awt.font.TextLayout(tick.getAttributedLabel().getIterator(),
                    g2.getFontRenderContext()).getAdvance() / 2;
            double gap = vertical ? size / 3 : size / 2;
            if (kept.stream().anyMatch(k -> Math.abs(k[0] - at) < k[1] + half + gap)) {
                dropped.add(tick);
            } else {
                kept.add(new double[] {at, half});
            }
        }
        List<LogTick> result = new ArrayList<>();
        for (LogTick tick : ticks) {
            result.add(dropped.contains(tick) ? new LogTick(tick.getTickType(), tick.getValue(), null,
                    tick.getTextAnchor()) : tick);
        }
        return result;
    }

    /** Powers of ten first (0), then minor ticks by multiplier: 2, 5, 3, 4, 6, 7, 8, 9 (as {@link LogTicks}). */
    private static int priority(LogTick tick) {
        if (tick.getTickType() == TickType.MAJOR) {
            return 0;
        }
        double fraction = tick.getValue() - StrictMath.floor(tick.getValue());
        int m = (int) Math.round(StrictMath.pow(10, fraction));
        return new LogTicks.Tick(tick.getValue(), false, m, 0, false).priority();
    }

    @Override
    protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
            Rectangle2D dataArea, RectangleEdge edge) {
        return DrawnPart.TICK_LABELS.during(g2, () -> super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea,
                edge));
    }

    List<LogTick> ticks(double lo, double hi, TextAnchor anchor) {
        List<LogTick> ticks = new ArrayList<>();
        for (LogTicks.Tick tick : LogTicks.ticks(lo, hi)) {
            ticks.add(new LogTick(tick.major() ? TickType.MAJOR : TickType.MINOR, tick.value(), tick.labelled()
                    ? LabelText.power(tick.base(), tick.exponent(), labelFont) : null, anchor));
        }
        return ticks;
    }
}
