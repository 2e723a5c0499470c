package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * atan2(y, x), the angle of the point (x, y) in (-pi, pi], rounded to the nearest double (ties to even), with
 * StrictMath.atan2's special cases (fdlibm's): NaN if either is NaN; atan2(+-0, x) is +-0 for x > 0 or
 * x = +0 and +-pi for x < 0 or x = -0; +-pi/2 for x = +-0 and y != 0 or an infinite y with a finite x;
 * +-0 and +-pi for a finite y and x = +Infinity and -Infinity; +-pi/4 and +-3pi/4 for both infinite
 * (pi, pi/2, pi/4 and 3pi/4 meaning their nearest doubles; the sign is y's).
 *
 * <p>Method, for finite nonzero x and y, with q = |y/x|: scaled by a common power of two (exact), q is a
 * double-double quotient; atan q by {@link AtanKernel} (via pi/2 - atan(1/q) for q > 1), pi - atan q for
 * x < 0, within 2^-96 relative. If plus or minus 2^-85 rounds to one double, that is the answer; otherwise,
 * and when q < 2^-899 for x > 0 (the result may be subnormal), BigDecimal at growing precision (Ziv). atan of a nonzero
 * rational is transcendental, and so is pi minus it, never a midpoint: the loop ends.
 */
public final class CorrectlyRoundedAtan2 {
    private static final double ERROR_BOUND = 0x1p-85;
    /** Beyond this difference of binary exponents, q or 1/q is below 2^-899. */
    private static final int FAR_APART = 900;
    private static final int GUARD_DIGITS = 12;
    private static final double THREE_QUARTER_PI = NearestDouble.of(new BigDecimal(3).multiply(
            BigFunctions.pi(new MathContext(40))).divide(BigDecimal.valueOf(4), new MathContext(40)));

    private CorrectlyRoundedAtan2() {
    }

    /** atan2(y, x) rounded to nearest. */
    public static double atan2(double y, double x) {
        if (x != x || y != y) {
            return Double.NaN;
        }
        if (y == 0 || x == 0 || x - x != 0 || y - y != 0) {
            return special(y, x);
        }
        double angle = angle(Math.abs(y), Math.abs(x), x < 0);
        return y < 0 ? -angle : angle;
    }

    /** One of y, x zero or infinite (none NaN). */
    private static double special(double y, double x) {
        boolean xNegative = Double.doubleToRawLongBits(x) < 0;
        double angle;
        if (y == 0) {
            angle = xNegative ? Math.PI : 0.0;
        } else if (x - x != 0 && y - y != 0) {
            angle = xNegative ? THREE_QUARTER_PI : Math.PI / 4;
        } else if (x - x != 0) {
            angle = xNegative ? Math.PI : 0.0;
        } else {
            angle = Math.PI / 2; // x = +-0 or y infinite
        }
        return Double.doubleToRawLongBits(y) < 0 ? -angle : angle;
    }

    /** The angle of (a, b), or of (-a, b) if flip, for finite positive a and b. */
    private static double angle(double b, double a, boolean flip) {
        int eb = binaryExponent(b);
        int ea = binaryExponent(a);
        if (!flip && eb - ea < -FAR_APART) {
            return atan2Big(b, a, false); // q < 2^-899: the result may be subnormal
        }
        DoubleDouble v;
        double absoluteError = 0;
        if (Math.abs(eb - ea) > FAR_APART) { // a ratio below 2^-899 next to pi/2 or pi
            v = eb > ea ? AtanKernel.HALF_PI : AtanKernel.PI;
            absoluteError = 0x1p-898;
        } else {
            int e = Math.max(eb, ea); // the larger scaled to [1, 2), the smaller stays above 2^-902: exact
            DoubleDouble q = DoubleDouble.quotient(BinaryRounding.scalb(b, -e), BinaryRounding.scalb(a, -e));
            DoubleDouble theta = atan(q);
            v = flip ? AtanKernel.PI.minus(theta) : theta;
        }
        double rounded = v.roundedWithinAbsolute(Math.abs(v.hi()) * ERROR_BOUND + absoluteError);
        return rounded == rounded ? rounded : atan2Big(b, a, flip);
    }

    /** atan q for q > 0, within 2^-96 relative. */
    private static DoubleDouble atan(DoubleDouble q) {
        if (q.hi() < 0x1p-60) {
            return q; // atan q = q (1 - q^2/3 + ...), within 2^-120
        }
        if (q.hi() > 0x1p60) {
            return AtanKernel.HALF_PI.minus(DoubleDouble.ONE.dividedBy(q));
        }
        if (q.hi() > 1) {
            return AtanKernel.HALF_PI.minus(AtanKernel.atan(DoubleDouble.ONE.dividedBy(q)));
        }
        return AtanKernel.atan(q);
    }

    /** floor(log2 v) for finite v > 0, subnormals included. */
    private static int binaryExponent(double v) {
        int e = Math.getExponent(v);
        return e >= Double.MIN_EXPONENT ? e : Math.getExponent(v * 0x1p54) - 54;
    }

    /** The angle by BigDecimal at 40, 80, ... digits until its rounding is decided. */
    static double atan2Big(double b, double a, boolean flip) {
        BigDecimal y = NearestDouble.exact(b);
        BigDecimal x = NearestDouble.exact(a);
        for (int digits = 40; ; digits *= 2) {
            MathContext mc = new MathContext(digits + GUARD_DIGITS);
            BigDecimal theta = BigFunctions.atan(y.divide(x, mc), mc);
            BigDecimal v = flip ? BigFunctions.pi(mc).subtract(theta, mc) : theta;
            BigDecimal bound = v.movePointLeft(digits);
            double rounded = NearestDouble.ofInterval(v.subtract(bound), v.add(bound));
            if (rounded == rounded) {
                return rounded;
            }
        }
    }
}
