package org.gradientatlas.recipe;

import org.gradientatlas.figure.Axis;
import org.gradientatlas.math.CorrectlyRoundedPow;

/** Axes fitted to the data drawn, with matplotlib's default 5% margins. */
public final class AxisFit {
    private AxisFit() {
    }

    /** The smallest and largest value over all arrays. */
    public static double[] range(double[]... arrays) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] a : arrays) {
            for (double v : a) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[] {lo, hi};
    }

    /** A linear axis over [lo, hi] with matplotlib's 5% margins. */
    public static Axis axis(String label, double[] range) {
        double margin = range[1] > range[0] ? (range[1] - range[0]) * 0.05 : 0.5;
        return Axis.of(label, range[0] - margin, range[1] + margin, 0);
    }

    /**
     * A log axis over [lo, hi] (the positive finite values drawn) with 5% margins in log space; one decade around
     * a single value, and 0.1 to 10 when there is nothing positive to draw.
     */
    public static Axis logAxis(String label, double lo, double hi) {
        if (!(lo > 0 && hi < Double.POSITIVE_INFINITY && lo <= hi)) {
            return Axis.log(label, 0.1, 10);
        }
        double pad = CorrectlyRoundedPow.pow(hi / lo, 0.05);
        if (!(pad > 1.001 && Double.isFinite(pad))) {
            pad = Double.isFinite(pad) ? StrictMath.sqrt(10) : 1.001;
        }
        // Clamped so that a diverging run near the double range still gets a finite, positive axis.
        return Axis.log(label, Math.max(lo / pad, Double.MIN_VALUE), Math.min(hi * pad, Double.MAX_VALUE));
    }
}
