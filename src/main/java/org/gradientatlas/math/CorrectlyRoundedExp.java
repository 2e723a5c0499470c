package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * e^x rounded to the nearest double (ties to even), for every double; the companion of
 * {@link CorrectlyRoundedLog}, for the same reason: a libm exp (glibc's, which numpy calls, or Java's
 * StrictMath.exp) is within an ulp but not exact, so results built on it depend on the platform.
 *
 * <p>Method: first {@link ExpFastPath} (table-driven, within 2^-69), which decides all but about 1 in 4000
 * inputs. Then ({@link ExpKernel}) x = k ln 2 + r with k = rint(x / ln 2), |r| < 0.3467, and e^x = 2^k e^r,
 * e^r in double-double within 2^-94 relative. If hi + lo plus or minus 2^-88 |hi| still rounds to one
 * double, so does e^r, and the scaling by 2^k is exact for normal results. Otherwise (near a midpoint, or a
 * subnormal or overflowing result) e^x is recomputed with BigDecimal at growing precision until the
 * rounding is decided. That ends because e^x is transcendental for every double x != 0
 * (Lindemann-Weierstrass), so never a double nor a midpoint.
 */
public final class CorrectlyRoundedExp {
    /** Above this e^x > 2^1024 (ln 2^1024 = 709.7827...): +Infinity. */
    private static final double OVERFLOW = 709.79;
    /** Below this e^x < 2^-1075, half the least subnormal (ln 2^-1075 = -745.1332...): +0. */
    private static final double UNDERFLOW = -745.14;
    /** For |x| < 2^-54, e^x lies strictly between the midpoints around 1 (1 - 2^-54 and 1 + 2^-53). */
    private static final double NEAR_ZERO = 0x1p-54;
    /** ExpFastPath's domain: its results are normal doubles. */
    private static final double FAST_PATH_LIMIT = 708;
    /** Bound on |hi + lo - e^r| / |hi| in the rounding test: a wide margin above the 2^-94 analysis. */
    private static final double ERROR_BOUND = 0x1p-88;
    private static final int GUARD_DIGITS = 12;

    private CorrectlyRoundedExp() {
    }

    /** e^x rounded to nearest: NaN for NaN, +Infinity for +Infinity, +0 for -Infinity. */
    public static double exp(double x) {
        if (!(x > UNDERFLOW && x < OVERFLOW)) { // also NaN
            return x != x ? x : x > 0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Math.abs(x) < NEAR_ZERO) {
            return 1.0;
        }
        double quick = Math.abs(x) < FAST_PATH_LIMIT ? ExpFastPath.exp(x) : Double.NaN;
        return quick == quick ? quick : expAccurate(x);
    }

    /** e^x for finite x in (-745.14, 709.79), |x| >= 2^-54, without the fast path. Package-private for tests. */
    static double expAccurate(double x) {
        int k = ExpKernel.nearestMultipleOfLn2(x);
        if (k < Double.MIN_EXPONENT + 1 || k > Double.MAX_EXPONENT) {
            return expBig(x); // the result may be subnormal or overflow: rounding is not scale-free there
        }
        double rounded = ExpKernel.exp(ExpKernel.reduce(x, 0.0, k)).roundedWithin(ERROR_BOUND);
        return rounded == rounded ? rounded * powerOfTwo(k) : expBig(x); // exact: the result is normal
    }

    /** 2^k for k in [-1022, 1023], from its bits. */
    static double powerOfTwo(int k) {
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }

    /**
     * e^x rounded to nearest for x in (-745.14, 709.79), x != 0, by BigDecimal at 40, 80, 160, ... digits
     * until v (1 - 10^-digits) and v (1 + 10^-digits) round to the same double. Package-private for tests.
     */
    static double expBig(double x) {
        BigDecimal bx = NearestDouble.exact(x);
        for (int digits = 40; ; digits *= 2) {
            BigDecimal v = BigFunctions.exp(bx, new MathContext(digits + GUARD_DIGITS));
            BigDecimal bound = v.movePointLeft(digits);
            double rounded = NearestDouble.ofInterval(v.subtract(bound), v.add(bound));
            if (rounded == rounded) {
                return rounded;
            }
        }
    }
}
