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

/**
 * A log10 axis as matplotlib draws one: a linear axis over log10 of the data (see {@link LogScaling}) whose major
 * ticks are powers of ten labelled 10^k, with minor ticks at 2..9 × 10^k. As matplotlib's LogFormatter
 * (minor_thresholds (1, 0.4)), minor ticks are labelled m×10^k on an axis spanning at most one decade: those
 * with m in {2, 3, 4, 6} up to one decade, all of them up to 0.4 decades. Where that leaves fewer than three
 * labels, more minor ticks are labelled, so that every axis can be read.
 */
final class PowerOfTenAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private static final int MAX_MAJOR_TICKS = 8;
    /** matplotlib's round(geomspace(1, 10, 6)): the minor ticks labelled on an axis of 0.4 to 1 decades. */
    private static final java.util.Set<Integer> SUBSET = java.util.Set.of(2, 3, 4, 6);
    private static final List<java.util.Set<Integer>> MORE_LABELS = List.of(java.util.Set.of(2, 5), SUBSET,
            java.util.Set.of(2, 3, 4, 5, 6, 7, 8, 9));
    private static final int MIN_LABELS = 3;
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

    /** Powers of ten first (0), then minor ticks by multiplier: 2, 5, 3, 4, 6, 7, 8, 9. */
    private static int priority(LogTick tick) {
        if (tick.getTickType() == TickType.MAJOR) {
            return 0;
        }
        double fraction = tick.getValue() - StrictMath.floor(tick.getValue());
        int m = (int) Math.round(StrictMath.pow(10, fraction));
        return 1 + "25346789".indexOf(Character.forDigit(m, 10));
    }

    @Override
    protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
            Rectangle2D dataArea, RectangleEdge edge) {
        return DrawnPart.TICK_LABELS.during(g2, () -> super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea,
                edge));
    }

    List<LogTick> ticks(double lo, double hi, TextAnchor anchor) {
        List<LogTick> ticks = ticks(lo, hi, anchor, null);
        // Fewer than three labels (an axis of about one decade or less): label more of the minor ticks, the
        // fewest sets that give three: 2 and 5, then matplotlib's 2, 3, 4, 6, then all.
        for (int k = 0; k < MORE_LABELS.size() && labelled(ticks) < MIN_LABELS; k++) {
            ticks = ticks(lo, hi, anchor, MORE_LABELS.get(k));
        }
        return ticks;
    }

    private static long labelled(List<LogTick> ticks) {
        return ticks.stream().filter(t -> t.getAttributedLabel() != null).count();
    }

    /** The ticks, the minor ones labelled if their multiplier is in {@code labelledMinors} (null: LogFormatter's). */
    private List<LogTick> ticks(double lo, double hi, TextAnchor anchor, java.util.Set<Integer> labelledMinors) {
        long first = (long) StrictMath.ceil(lo - 1e-9);
        long last = (long) StrictMath.floor(hi + 1e-9);
        long step = majorStep(last - first + 1);
        List<LogTick> ticks = new ArrayList<>();
        for (long k = StrictMath.floorDiv(first, step) * step; k <= last; k += step) {
            if (k >= first) {
                ticks.add(new LogTick(TickType.MAJOR, k, LabelText.power("10", exponent(k), labelFont), anchor));
            }
        }
        if (step == 1) {
            for (long k = first - 1; k <= last; k++) {
                for (int m = 2; m <= 9; m++) {
                    double v = k + StrictMath.log10(m);
                    if (v >= lo && v <= hi) {
                        ticks.add(new LogTick(TickType.MINOR, v, labelledMinors == null ? minorLabel(m, k, hi - lo)
                                : labelledMinors.contains(m) ? minor(m, k) : null, anchor));
                    }
                }
            }
        }
        return ticks;
    }

    private java.text.AttributedString minorLabel(int m, long k, double decades) {
        boolean labelled = decades <= 0.4 || (decades <= 1 && SUBSET.contains(m));
        return labelled ? minor(m, k) : null;
    }

    private java.text.AttributedString minor(int m, long k) {
        return LabelText.power(m + "\u00d710", exponent(k), labelFont);
    }

    private static long majorStep(long decades) {
        long step = 1;
        while (decades / step > MAX_MAJOR_TICKS) {
            step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
        }
        return step;
    }

    /** The exponent with matplotlib's minus sign (U+2212). */
    static String exponent(long k) {
        return k < 0 ? "\u2212" + (-k) : Long.toString(k);
    }
}
