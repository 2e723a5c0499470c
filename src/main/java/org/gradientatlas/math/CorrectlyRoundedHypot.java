package org.gradientatlas.math;

import java.math.BigDecimal;

/**
 * sqrt(x^2 + y^2) rounded to the nearest double (ties to even), without overflow or underflow in between;
 * StrictMath.hypot's special cases (+Infinity if either is infinite, even with a NaN; else NaN if either is).
 *
 * <p>Method: with a = max(|x|, |y|) = 2^e a' (a' in [1, 2)) and b = 2^e b', if b' < 2^-60 the result is
 * within 2^-121 relative of a, so rounds to a. Otherwise a'^2 + b'^2 is formed in double-double (exact
 * products, one accurate sum) and its square root by one Newton correction, within 2^-100 relative; if
 * plus or minus 2^-90 still rounds to one double, that double times 2^e is the answer (exact, the result
 * being normal). Otherwise, and for subnormal a, the exact sum of squares decides: the answer is the double
 * whose rounding interval holds the root, found by squaring exact midpoints ({@link ExactSquareRoot}).
 * No iteration on precision is needed: the midpoint tests are exact, ties included.
 */
public final class CorrectlyRoundedHypot {
    private static final double NEGLIGIBLE_RATIO = 0x1p-60;
    private static final double ERROR_BOUND = 0x1p-90;

    private CorrectlyRoundedHypot() {
    }

    /** hypot(x, y) rounded to nearest. */
    public static double hypot(double x, double y) {
        if (Math.abs(x) == Double.POSITIVE_INFINITY || Math.abs(y) == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY; // also when the other is NaN
        }
        if (x != x || y != y) {
            return Double.NaN;
        }
        double a = Math.max(Math.abs(x), Math.abs(y));
        double b = Math.min(Math.abs(x), Math.abs(y));
        if (b == 0) {
            return a;
        }
        if (a < Double.MIN_NORMAL) { // the result may be subnormal: a guess from the exactly scaled inputs
            double guess = Math.sqrt(a * 0x1p600 * (a * 0x1p600) + b * 0x1p600 * (b * 0x1p600));
            return exact(x, y, BinaryRounding.scalb(guess, -600));
        }
        int e = Math.getExponent(a);
        double aScaled = BinaryRounding.scalb(a, -e); // exact, in [1, 2)
        double bScaled = BinaryRounding.scalb(b, -e); // may round if subnormal, but then it is negligible
        if (bScaled < NEGLIGIBLE_RATIO) {
            return a;
        }
        DoubleDouble sum = DoubleDouble.product(aScaled, aScaled).plus(DoubleDouble.product(bScaled, bScaled));
        DoubleDouble root = squareRoot(sum);
        double rounded = root.roundedWithin(ERROR_BOUND);
        // times 2^e is exact for a normal result (and overflows exactly as rounding would)
        return BinaryRounding.scalb(rounded == rounded ? rounded : exact(x, y, root.hi(), e), e);
    }

    /** sqrt(s) for s in [1, 8): the rounded root r and the correction (s - r^2) / 2r. */
    private static DoubleDouble squareRoot(DoubleDouble s) {
        double r = Math.sqrt(s.hi()); // IEEE 754 fixes sqrt: correctly rounded everywhere
        DoubleDouble residual = s.minus(DoubleDouble.product(r, r));
        return DoubleDouble.fastSum(r, residual.value() / (2 * r));
    }

    /** hypot(x, y) 2^-shift decided exactly, the search starting from guess (within a few ulps). */
    private static double exact(double x, double y, double guess, int shift) {
        BigDecimal scale = BigFunctions.powerOfTwo(-shift);
        BigDecimal bx = NearestDouble.exact(x).multiply(scale);
        BigDecimal by = NearestDouble.exact(y).multiply(scale);
        return ExactSquareRoot.nearest(bx.multiply(bx).add(by.multiply(by)), guess);
    }

    private static double exact(double x, double y, double guess) {
        return exact(x, y, guess, 0);
    }
}
