package org.gradientatlas.math;

import java.math.BigDecimal;

/**
 * The double nearest to sqrt(s) for an exact nonnegative s, ties to even, decided by comparing s with the
 * squares of the exact rounding midpoints: no approximation, so also exact roots and roots that are exactly
 * midpoints come out right.
 */
final class ExactSquareRoot {
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Halfway between Double.MAX_VALUE and 2^1024: roots from here on round to +Infinity. */
    private static final BigDecimal OVERFLOW = NearestDouble.exact(Double.MAX_VALUE).add(NearestDouble.exact(0x1p970));

    private ExactSquareRoot() {
    }

    /** The double nearest to sqrt(s), starting the search from the nonnegative guess (any double near it). */
    static double nearest(BigDecimal s, double guess) {
        if (s.compareTo(OVERFLOW.multiply(OVERFLOW)) >= 0) {
            return Double.POSITIVE_INFINITY; // at the midpoint itself the tie goes to the even 2^1024
        }
        double d = Math.min(guess, Double.MAX_VALUE);
        while (s.compareTo(squaredMidpointAbove(d)) > 0) {
            d = next(d, 1);
        }
        while (d > 0 && s.compareTo(squaredMidpointAbove(next(d, -1))) < 0) {
            d = next(d, -1);
        }
        // Now the root lies between the midpoints around d, inclusive: a tie goes to the even neighbour.
        boolean odd = (Double.doubleToRawLongBits(d) & 1) == 1;
        if (odd && s.compareTo(squaredMidpointAbove(d)) == 0) {
            return next(d, 1);
        }
        return odd && d > 0 && s.compareTo(squaredMidpointAbove(next(d, -1))) == 0 ? next(d, -1) : d;
    }

    /** The square of the midpoint between the finite nonnegative d and the next double up. */
    private static BigDecimal squaredMidpointAbove(double d) {
        BigDecimal m = d == Double.MAX_VALUE ? OVERFLOW
                : NearestDouble.exact(d).add(NearestDouble.exact(next(d, 1))).multiply(HALF);
        return m.multiply(m);
    }

    private static double next(double nonnegative, int step) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(nonnegative) + step);
    }
}
