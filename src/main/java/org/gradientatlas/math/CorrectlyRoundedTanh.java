package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * tanh x rounded to the nearest double (ties to even), for every double, odd like StrictMath.tanh
 * (tanh(-0) = -0, +-1 at +-Infinity, NaN for NaN).
 *
 * <p>Method, for a = |x|: below 2^-28, tanh a = a (1 - a^2/3 + ...) is within 2^-57 a of a, closer than
 * any rounding midpoint, so the answer is x. Above 22, 1 - tanh a < 2^-62: the answer is +-1. Between, a
 * first try within 2^-65.9 ({@link #firstTry}), tested with a margin of 2^-63; if undecided, in
 * double-double ({@link ExpKernel}): for a < 0.17, tanh a = -m/(2 + m) with m = e^(-2a) - 1 (no
 * cancellation); otherwise tanh a = (1 - E)/(1 + E) with E = e^(-2a) < 0.72. Either is within 2^-92
 * relative; if plus or minus 2^-85 still rounds to one double, that is the answer, else BigDecimal at
 * growing precision (Ziv). tanh of a nonzero rational is transcendental (e^(2a) is, by
 * Lindemann-Weierstrass), never a midpoint, so the loop ends.
 */
public final class CorrectlyRoundedTanh {
    private static final double TINY = 0x1p-28;
    private static final double SATURATED = 22;
    private static final double SERIES_LIMIT = 0.17;
    private static final double ERROR_BOUND = 0x1p-85;
    private static final double FIRST_TRY_ERROR_BOUND = 0x1p-63;
    private static final double SERIES_END = 0x1p-4;
    private static final DoubleDouble THIRD = DoubleDouble.quotient(1, 3);
    /** tanh's Taylor coefficients from a^5 on: 2/15, -17/315, 62/2835, ... (2^2n (2^2n - 1) B_2n / (2n)!). */
    private static final double[] SERIES = {2.0 / 15, -17.0 / 315, 62.0 / 2835, -1382.0 / 155925,
        21844.0 / 6081075, -929569.0 / 638512875};
    /** Guard digits of the BigDecimal path; 9 more cover the cancellation in 1 - E for a >= 2^-28. */
    private static final int GUARD_DIGITS = 21;

    private CorrectlyRoundedTanh() {
    }

    /** tanh(x) rounded to nearest. */
    public static double tanh(double x) {
        double a = Math.abs(x);
        if (!(a >= TINY)) {
            return x; // also NaN
        }
        if (a > SATURATED) {
            return x > 0 ? 1.0 : -1.0;
        }
        double rounded = firstTry(a).roundedWithin(FIRST_TRY_ERROR_BOUND);
        if (rounded != rounded) {
            rounded = tanhAccurate(a);
        }
        return x > 0 ? rounded : -rounded;
    }

    /** tanh a for 2^-28 <= a <= 22 without the first try. Package-private for tests. */
    static double tanhAccurate(double a) {
        double rounded = tanhDoubleDouble(a).roundedWithin(ERROR_BOUND);
        return rounded == rounded ? rounded : tanhBig(a);
    }

    /**
     * tanh a for 2^-28 <= a <= 22 within 2^-65.9: below 1/16, a - a^3/3 (in double-double) + a^5 P(a^2), the
     * series to a^15 (the next term is below 2^-74 a) in doubles; above, (1 - E)/(1 + E) with E = e^(-2a) from
     * ExpFastPath within 2^-69, whose relative error 1 - E^2 >= 0.22 magnifies by 2E/(1 - E^2) < 8.
     */
    private static DoubleDouble firstTry(double a) {
        if (a >= SERIES_END) {
            DoubleDouble e = ExpFastPath.expDoubleDouble(-2 * a);
            return DoubleDouble.ONE.minus(e).dividedBy(DoubleDouble.ONE.plus(e));
        }
        DoubleDouble square = DoubleDouble.product(a, a);
        DoubleDouble cubeThird = square.times(a).times(THIRD);
        double s = square.hi();
        double rest = a * s * s * DoubleDouble.polynomial(s, SERIES); // 2a^5/15 - 17a^7/315 + ...
        return DoubleDouble.sum(a, -cubeThird.hi()).plus(rest - cubeThird.lo());
    }

    /** tanh a for 2^-28 <= a <= 22, within 2^-92 relative. */
    private static DoubleDouble tanhDoubleDouble(double a) {
        double t = -2 * a; // exact
        if (a < SERIES_LIMIT) {
            DoubleDouble m = ExpKernel.expm1(new DoubleDouble(t, 0.0)); // in (-0.29, 0)
            return m.negate().dividedBy(m.plus(2.0));
        }
        int k = ExpKernel.nearestMultipleOfLn2(t); // -64 <= k <= 0
        DoubleDouble e = ExpKernel.exp(ExpKernel.reduce(t, 0.0, k));
        double scale = CorrectlyRoundedExp.powerOfTwo(k);
        DoubleDouble big = new DoubleDouble(e.hi() * scale, e.lo() * scale); // exact scaling
        return DoubleDouble.ONE.minus(big).dividedBy(DoubleDouble.ONE.plus(big));
    }

    /** tanh a = (1 - e^(-2a)) / (1 + e^(-2a)) by BigDecimal at 40, 80, ... digits until decided. */
    static double tanhBig(double a) {
        BigDecimal t = NearestDouble.exact(-2 * a);
        for (int digits = 40; ; digits *= 2) {
            MathContext mc = new MathContext(digits + GUARD_DIGITS);
            BigDecimal e = BigFunctions.exp(t, mc);
            BigDecimal v = BigDecimal.ONE.subtract(e).divide(BigDecimal.ONE.add(e), mc);
            BigDecimal bound = v.movePointLeft(digits);
            double rounded = NearestDouble.ofInterval(v.subtract(bound), v.add(bound));
            if (rounded == rounded) {
                return rounded;
            }
        }
    }
}
