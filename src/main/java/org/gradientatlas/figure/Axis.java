package org.gradientatlas.figure;

import org.gradientatlas.math.CorrectlyRoundedLog10;

/**
 * One axis of a panel: label, fixed range, tick spacing and scale.
 *
 * @param tickStep distance between major ticks, or 0 to let the chart choose (ignored on a log axis, whose
 *                 major ticks are powers of ten)
 */
public record Axis(String label, double min, double max, double tickStep, Scale scale) {
    /** How data values map to positions along the axis. */
    public enum Scale {
        LINEAR,
        /** matplotlib's {@code set_yscale("log")}: base 10, labels 10^k, minor ticks at 2..9 × 10^k. */
        LOG
    }

    public Axis {
        if (!(min < max)) {
            throw new IllegalArgumentException("axis '" + label + "' needs min < max, got "
                    + Numbers.shortest(min) + ", " + Numbers.shortest(max));
        }
        if (scale == Scale.LOG && !(min > 0 && Double.isFinite(max))) {
            throw new IllegalArgumentException("log axis '" + label + "' needs 0 < min < max < infinity, got "
                    + Numbers.shortest(min) + ", " + Numbers.shortest(max));
        }
    }

    public Axis(String label, double min, double max, double tickStep) {
        this(label, min, max, tickStep, Scale.LINEAR);
    }

    public static Axis of(String label, double min, double max, double tickStep) {
        return new Axis(label, min, max, tickStep, Scale.LINEAR);
    }

    /** A base-10 log axis from min to max (both > 0). */
    public static Axis log(String label, double min, double max) {
        return new Axis(label, min, max, 0, Scale.LOG);
    }

    public boolean isLog() {
        return scale == Scale.LOG;
    }

    /** A data value's position in the axis's linear coordinate: log10 on a log axis (NaN for v <= 0). */
    public double toLinear(double v) {
        return isLog() ? (v > 0 ? CorrectlyRoundedLog10.log10(v) : Double.NaN) : v;
    }
}
