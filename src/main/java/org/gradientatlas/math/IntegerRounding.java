package org.gradientatlas.math;

/**
 * Math.rint and Math.round from Math.floor, which IEEE 754 fixes everywhere. TeaVM's Math.rint is its round,
 * and its round adds 0.5 with a rounding: both differ from Java at ties and next to them (rint(2.5) = 3,
 * round(0.49999999999999994) = 1, round(-2.5) = -3).
 */
public final class IntegerRounding {
    /** From here on every double is an integer. */
    private static final double INTEGERS = 0x1p52;

    private IntegerRounding() {
    }

    /** The integer nearest to x, ties to even, as Math.rint (signed zeros and non-finite x kept). */
    public static double rint(double x) {
        if (!(Math.abs(x) < INTEGERS)) {
            return x; // integers, infinities, NaN
        }
        double floor = Math.floor(x);
        double fraction = x - floor; // exact
        double r = fraction > 0.5 || fraction == 0.5 && ((long) floor & 1) != 0 ? floor + 1 : floor;
        return Math.copySign(r, x); // rint(-0.3) = -0.0
    }

    /** floor(x + 1/2) as a long, computed exactly: Math.round (NaN gives 0, the long range saturates). */
    public static long round(double x) {
        if (x != x) {
            return 0;
        }
        if (!(Math.abs(x) < INTEGERS)) {
            return (long) x; // an integer already, or saturated
        }
        double floor = Math.floor(x);
        return (long) floor + (x - floor >= 0.5 ? 1 : 0);
    }
}
