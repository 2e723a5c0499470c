package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * cos(a - s pi/2) rounded to nearest for finite a >= 2^-27: the cosine (s = 0) and the sine (s = 1) share it.
 *
 * <p>Method: below 2^20, a = k pi/2 + r in double-double ({@link TrigKernel}), and cos(q pi/2 + r) with
 * q = k - s is cos r, -sin r, -cos r or sin r as q mod 4 is 0 to 3; the error bound is the kernel's 2^-98
 * relative plus the reduction's absolute error. If the value plus or minus that bound rounds to one double,
 * that is the answer. Otherwise, and from 2^20 on, BigDecimal at growing precision, with pi to as many digits
 * as a has before the point plus the precision asked for (Ziv). The sine and cosine of a nonzero rational are
 * transcendental (Lindemann-Weierstrass), never a midpoint, so the loop ends.
 */
final class ShiftedCosine {
    private static final double REDUCTION_LIMIT = 0x1p20;
    private static final double KERNEL_ERROR = 0x1p-98;
    private static final int GUARD_DIGITS = 12;
    /** Extra digits for the reduction's cancellation (|a - k pi/2| > 10^-20 for doubles below 10^4). */
    private static final int REDUCTION_DIGITS = 24;

    private ShiftedCosine() {
    }

    /** cos(a - shift pi/2) rounded to nearest, for finite a >= 2^-27. */
    static double value(double a, int shift) {
        if (a >= REDUCTION_LIMIT) {
            return big(a, shift);
        }
        int k = TrigKernel.quadrant(a);
        DoubleDouble r = TrigKernel.reduce(a, k);
        DoubleDouble v = quadrantValue(r, k - shift);
        double error = Math.abs(v.hi()) * KERNEL_ERROR + TrigKernel.reductionError(k, r.hi());
        double rounded = v.roundedWithinAbsolute(error);
        return rounded == rounded ? rounded : big(a, shift);
    }

    /** cos(q pi/2 + r). */
    private static DoubleDouble quadrantValue(DoubleDouble r, int q) {
        return switch (q & 3) {
            case 0 -> TrigKernel.cos(r);
            case 1 -> TrigKernel.sin(r).negate();
            case 2 -> TrigKernel.cos(r).negate();
            default -> TrigKernel.sin(r);
        };
    }

    /** The same by BigDecimal at 40, 80, ... digits until its rounding is decided. Package-private for tests. */
    static double big(double a, int shift) {
        BigDecimal x = NearestDouble.exact(a);
        int integerDigits = Math.max(0, x.precision() - x.scale());
        for (int digits = 40; ; digits *= 2) {
            MathContext mc = new MathContext(digits + GUARD_DIGITS + REDUCTION_DIGITS + integerDigits);
            BigDecimal halfPi = BigFunctions.pi(mc).divide(BigFunctions.TWO, mc);
            BigInteger k = BigFunctions.nearestInteger(x.divide(halfPi, mc));
            BigDecimal r = x.subtract(halfPi.multiply(new BigDecimal(k)), mc); // |r| <= pi/4 + tiny
            MathContext series = new MathContext(digits + GUARD_DIGITS);
            int quadrant = (k.intValue() - shift) & 3; // k mod 4 from the low bits, also for large k
            BigDecimal v = BigFunctions.sinOrCos(r, quadrant % 2 == 0, series);
            v = quadrant == 1 || quadrant == 2 ? v.negate() : v;
            // errors: r within |x| 10^-(precision - 1), then the series within 10^-digits relative
            BigDecimal bound = x.movePointLeft(mc.getPrecision() - 2).add(v.abs().movePointLeft(digits));
            double rounded = NearestDouble.ofInterval(v.subtract(bound), v.add(bound));
            if (rounded == rounded) {
                return rounded;
            }
        }
    }
}
