package org.gradientatlas.math;

/**
 * sin x rounded to the nearest double (ties to even), for every double; NaN for NaN and +-Infinity, odd
 * (sin(-0) = -0), as StrictMath.sin. Below 2^-26, sin x = x (1 - x^2/6 + ...) is within 2^-54.5 |x| of x,
 * closer than any rounding midpoint, so the answer is x; otherwise sin a = cos(a - pi/2) by {@link ShiftedCosine}.
 */
public final class CorrectlyRoundedSin {
    private static final double TINY = 0x1p-26;

    private CorrectlyRoundedSin() {
    }

    /** sin(x) rounded to nearest. */
    public static double sin(double x) {
        double a = Math.abs(x);
        if (a - a != 0) {
            return Double.NaN;
        }
        if (a < TINY) {
            return x;
        }
        double s = ShiftedCosine.value(a, 1);
        return x < 0 ? -s : s;
    }
}
