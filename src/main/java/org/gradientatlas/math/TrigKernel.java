package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The double-double parts of the cosine: x = k pi/2 + r with |r| <= pi/4 (plus a little), then sin r and
 * cos r by their Taylor series to r^27/27! and r^28/28! (the first omitted terms are below 2^-112 for
 * |r| < 0.8), by Horner in double-double, within 2^-98 relative.
 *
 * <p>Reduction (Cody and Waite, "Software manual for the elementary functions", 1980): pi/2 is split into
 * three doubles P1 + P2 + P3 (pi/2 to about 2^-160), k P1 and k P2 are exact products for k < 2^21, and the
 * sums are formed in double-double. The absolute error of r is below |k| 2^-150 + 2^-100 |r|; the callers
 * carry it into their rounding test, so a tiny |r| (x next to a multiple of pi/2) cannot go unnoticed.
 */
final class TrigKernel {
    private static final int SIN_TERMS = 14;
    private static final int COS_TERMS = 15;
    private static final DoubleDouble[] SIN = new DoubleDouble[SIN_TERMS];
    private static final DoubleDouble[] COS = new DoubleDouble[COS_TERMS];
    private static final double TWO_OVER_PI;
    private static final double P1;
    private static final double P2;
    private static final double P3;

    static {
        MathContext mc = new MathContext(60);
        BigDecimal factorial = BigDecimal.ONE;
        for (int n = 1; n <= 2 * COS_TERMS; n++) {
            BigDecimal c = BigDecimal.ONE.divide(factorial, mc); // 1/(n-1)!
            int j = (n - 1) / 2;
            c = j % 2 == 0 ? c : c.negate();
            if (n % 2 == 1) {
                COS[j] = CorrectlyRoundedLog.nearestDoubleDouble(c);
            } else if (j < SIN_TERMS) {
                SIN[j] = CorrectlyRoundedLog.nearestDoubleDouble(c);
            }
            factorial = factorial.multiply(BigDecimal.valueOf(n));
        }
        BigDecimal halfPi = BigFunctions.pi(mc).divide(BigFunctions.TWO, mc);
        TWO_OVER_PI = NearestDouble.of(BigDecimal.ONE.divide(halfPi, mc));
        P1 = NearestDouble.of(halfPi);
        BigDecimal rest = halfPi.subtract(NearestDouble.exact(P1));
        P2 = NearestDouble.of(rest);
        P3 = NearestDouble.of(rest.subtract(NearestDouble.exact(P2)));
    }

    private TrigKernel() {
    }

    /** The integer nearest x / (pi/2), for |x| < 2^20. */
    static int quadrant(double x) {
        return (int) Math.floor(x * TWO_OVER_PI + 0.5);
    }

    /** r = x - k pi/2 as a double-double, for |k| < 2^21. */
    static DoubleDouble reduce(double x, int k) {
        DoubleDouble p1 = DoubleDouble.product(k, P1);
        DoubleDouble p2 = DoubleDouble.product(k, P2);
        return DoubleDouble.sum(x, -p1.hi()).plus(-p1.lo()).minus(p2).plus(-k * P3);
    }

    /** The absolute error bound of reduce(x, k) for a result near r. */
    static double reductionError(int k, double r) {
        return Math.abs(k) * 0x1p-150 + Math.abs(r) * 0x1p-100;
    }

    /** sin r for |r| < 0.8: r (1 - r^2/3! + r^4/5! - ...). */
    static DoubleDouble sin(DoubleDouble r) {
        return DoubleDouble.polynomial(r.times(r), SIN).times(r);
    }

    /** cos r for |r| < 0.8: 1 - r^2/2! + r^4/4! - .... */
    static DoubleDouble cos(DoubleDouble r) {
        return DoubleDouble.polynomial(r.times(r), COS);
    }
}
