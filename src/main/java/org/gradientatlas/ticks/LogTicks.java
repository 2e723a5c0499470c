package org.gradientatlas.ticks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gradientatlas.math.CorrectlyRoundedLog10;

/**
 * The ticks of a log10 axis as matplotlib draws one, over log10 of the data: major ticks at powers of ten
 * labelled 10^k (at most {@link #MAX_MAJOR_TICKS}, every 2nd, 5th, 10th... power on a long axis), minor ticks at
 * 2..9 × 10^k. As matplotlib's LogFormatter (minor_thresholds (1, 0.4)), minor ticks are labelled m×10^k on an
 * axis spanning at most one decade: those with m in {2, 3, 4, 6} up to one decade, all of them up to 0.4
 * decades. Where that leaves fewer than three labels, more minor ticks are labelled, so that every axis can be
 * read. Whoever draws them drops labels that would touch, in {@link Tick#priority} order.
 */
public final class LogTicks {
    private static final int MAX_MAJOR_TICKS = 8;
    /** matplotlib's round(geomspace(1, 10, 6)): the minor ticks labelled on an axis of 0.4 to 1 decades. */
    private static final Set<Integer> SUBSET = Set.of(2, 3, 4, 6);
    private static final List<Set<Integer>> MORE_LABELS = List.of(Set.of(2, 5), SUBSET,
            Set.of(2, 3, 4, 5, 6, 7, 8, 9));
    private static final int MIN_LABELS = 3;

    private LogTicks() {
    }

    /**
     * One tick at {@code value} (log10 of the data value), {@code multiplier} × 10^{@code power}.
     *
     * @param labelled whether its label (see {@link #base} and {@link #exponent}) is shown
     */
    public record Tick(double value, boolean major, int multiplier, long power, boolean labelled) {
        /** The label's text before the superscript: "10", or "2×10" on a minor tick. */
        public String base() {
            return major ? "10" : multiplier + "\u00d710";
        }

        /** The superscript exponent, with matplotlib's minus sign (U+2212). */
        public String exponent() {
            return power < 0 ? "\u2212" + (-power) : Long.toString(power);
        }

        /** Which labels are kept first where labels would touch: powers of ten (0), then m = 2, 5, 3, 4, 6, 7, 8, 9. */
        public int priority() {
            return major ? 0 : 1 + "25346789".indexOf(Character.forDigit(multiplier, 10));
        }
    }

    /** The ticks between log10Min and log10Max: majors first, then minors by decade. */
    public static List<Tick> ticks(double lo, double hi) {
        List<Tick> ticks = ticks(lo, hi, null);
        for (int k = 0; k < MORE_LABELS.size() && labelled(ticks) < MIN_LABELS; k++) {
            ticks = ticks(lo, hi, MORE_LABELS.get(k));
        }
        return ticks;
    }

    private static long labelled(List<Tick> ticks) {
        return ticks.stream().filter(Tick::labelled).count();
    }

    /** The ticks, the minor ones labelled if their multiplier is in {@code labelledMinors} (null: LogFormatter's). */
    private static List<Tick> ticks(double lo, double hi, Set<Integer> labelledMinors) {
        long first = (long) StrictMath.ceil(lo - 1e-9);
        long last = (long) StrictMath.floor(hi + 1e-9);
        long step = majorStep(last - first + 1);
        List<Tick> ticks = new ArrayList<>();
        for (long k = StrictMath.floorDiv(first, step) * step; k <= last; k += step) {
            if (k >= first) {
                ticks.add(new Tick(k, true, 1, k, true));
            }
        }
        if (step == 1) {
            for (long k = first - 1; k <= last; k++) {
                for (int m = 2; m <= 9; m++) {
                    double v = k + CorrectlyRoundedLog10.log10(m);
                    if (v >= lo && v <= hi) {
                        boolean label = labelledMinors == null ? minorLabelled(m, hi - lo) : labelledMinors.contains(m);
                        ticks.add(new Tick(v, false, m, k, label));
                    }
                }
            }
        }
        return ticks;
    }

    private static boolean minorLabelled(int m, double decades) {
        return decades <= 0.4 || (decades <= 1 && SUBSET.contains(m));
    }

    private static long majorStep(long decades) {
        long step = 1;
        while (decades / step > MAX_MAJOR_TICKS) {
            step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
        }
        return step;
    }
}
