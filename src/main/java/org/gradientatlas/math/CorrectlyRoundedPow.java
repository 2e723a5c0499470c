package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * x^y rounded to the nearest double (ties to even), for every pair of doubles, with StrictMath.pow's special
 * cases (Math.pow's javadoc): y = +-0 gives 1, even for a NaN x; y = 1 gives x; otherwise a NaN gives NaN;
 * |x| = 1 with an infinite y gives NaN; +-0 and +-Infinity give 0 or Infinity, negative only for x = -0 or
 * -Infinity with an odd integer y; a finite negative x gives |x|^y for an even integer y, -(|x|^y) for an odd
 * integer y and NaN for any other y (every |y| >= 2^53 is an even integer).
 *
 * <p>Method, for x > 0: t = y log x in double-double (log within 2^-97, so t within 2^-86.4 absolute while
 * e^t is in range), then e^t as in {@link CorrectlyRoundedExp}, within 2^-86 relative in all. If plus or
 * minus 2^-80 still rounds to one double, that is the answer. Otherwise {@link PowExactCases} gives x^y
 * exactly when it is a dyadic rational (the only way it can be a double or a rounding midpoint: pow(3, 2),
 * pow(4, 1.5) and squares of 27-bit integers, which are midpoints, are among them), rounded exactly; and
 * every other x^y is decided with BigDecimal at growing precision (Ziv), which ends because such a value is
 * never a double nor a midpoint.
 */
public final class CorrectlyRoundedPow {
    /** Beyond these, e^t overflows (ln 2^1024 = 709.78) or rounds to 0 (ln 2^-1075 = -745.13). */
    private static final double OVERFLOW = 709.79;
    private static final double UNDERFLOW = -745.14;
    /** |t| below this: e^t is within 2^-60 of 1, strictly inside 1's rounding interval. */
    private static final double NEAR_ZERO = 0x1p-60;
    private static final double ERROR_BOUND = 0x1p-80;
    /** Guard digits of the BigDecimal path: roundings, and |t| <= 746 magnifying log's relative error. */
    private static final int GUARD_DIGITS = 16;

    private CorrectlyRoundedPow() {
    }

    /** x^y rounded to nearest, with StrictMath.pow's special cases. */
    public static double pow(double x, double y) {
        if (y == 0) {
            return 1.0;
        }
        if (x != x || y != y) {
            return Double.NaN;
        }
        if (y == 1) {
            return x;
        }
        if (y - y != 0) { // +-Infinity
            double ax = Math.abs(x);
            return ax == 1 ? Double.NaN : (ax > 1) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean odd = isOddInteger(y);
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (x == 0 || x - x != 0) { // +-0 or +-Infinity
            double magnitude = (x == 0) == (y > 0) ? 0.0 : Double.POSITIVE_INFINITY;
            return negative && odd ? -magnitude : magnitude;
        }
        if (negative) {
            if (!odd && !isEvenInteger(y)) {
                return Double.NaN;
            }
            return odd ? -positivePow(-x, y) : positivePow(-x, y);
        }
        return positivePow(x, y);
    }

    /** x^y for finite x > 0 and finite y other than 0 and 1. */
    private static double positivePow(double x, double y) {
        DoubleDouble log = CorrectlyRoundedLog.logDoubleDouble(x);
        double rough = log.hi() * y; // within 2^-51 relative of t, or infinite for a huge y
        if (rough > OVERFLOW + 1 || rough < UNDERFLOW - 1) {
            return rough > 0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Math.abs(rough) < NEAR_ZERO) {
            return 1.0; // x^y is not 1 for x != 1, y != 0, and lies strictly inside 1's rounding interval
        }
        DoubleDouble t = log.times(y); // |y| < 2^64 here, as |log x| >= 2^-54 for x != 1: no overflow
        int k = ExpKernel.nearestMultipleOfLn2(t.hi());
        if (k < Double.MIN_EXPONENT + 1 || k > Double.MAX_EXPONENT) {
            return powBig(x, y); // subnormal or overflowing results: rounding is not scale-free there
        }
        double rounded = ExpKernel.exp(ExpKernel.reduce(t.hi(), t.lo(), k)).roundedWithin(ERROR_BOUND);
        return rounded == rounded ? rounded * CorrectlyRoundedExp.powerOfTwo(k) : powBig(x, y);
    }

    /** x^y for finite x > 0 and finite y: exactly if dyadic, else by BigDecimal until decided. */
    static double powBig(double x, double y) {
        BigDecimal exact = PowExactCases.exactPower(x, y);
        if (exact != null) {
            return NearestDouble.of(exact);
        }
        BigDecimal by = NearestDouble.exact(y);
        for (int digits = 40; ; digits *= 2) {
            MathContext mc = new MathContext(digits + GUARD_DIGITS);
            BigDecimal t = BigFunctions.log(x, mc).multiply(by, mc);
            if (t.compareTo(BigDecimal.valueOf(OVERFLOW)) > 0 || t.compareTo(BigDecimal.valueOf(UNDERFLOW)) < 0) {
                return t.signum() > 0 ? Double.POSITIVE_INFINITY : 0.0;
            }
            BigDecimal v = BigFunctions.exp(t, mc);
            BigDecimal bound = v.movePointLeft(digits);
            double rounded = NearestDouble.ofInterval(v.subtract(bound), v.add(bound));
            if (rounded == rounded) {
                return rounded;
            }
        }
    }

    /** Whether the finite y is an odd integer (|y| >= 2^53 are all even). */
    static boolean isOddInteger(double y) {
        return Math.abs(y) < 0x1p53 && Math.floor(y) == y && ((long) y & 1) == 1;
    }

    private static boolean isEvenInteger(double y) {
        return Math.floor(y) == y && !isOddInteger(y);
    }
}
