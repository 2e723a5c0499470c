package org.gradientatlas.math;

/**
 * cos x rounded to the nearest double (ties to even), for every double; NaN for NaN and +-Infinity, as
 * StrictMath.cos. Below 2^-27, cos x is within 2^-55 of 1, so rounds to 1; otherwise {@link ShiftedCosine}.
 */
public final class CorrectlyRoundedCos {
    private static final double TINY = 0x1p-27;

    private CorrectlyRoundedCos() {
    }

    /** cos(x) rounded to nearest. */
    public static double cos(double x) {
        double a = Math.abs(x); // cos is even
        if (a - a != 0) {
            return Double.NaN;
        }
        return a < TINY ? 1.0 : ShiftedCosine.value(a, 0);
    }
}
