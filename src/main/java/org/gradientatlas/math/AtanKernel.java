package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * atan u in double-double for 0 <= u <= 1, within 2^-98 relative: with c = j/16 the nearest sixteenth,
 * atan u = atan c + atan t, t = (u - c)/(1 + u c), |t| <= 1/32 (the addition formula of the arctangent),
 * atan c from a table made with BigDecimal, and atan t = t (1 - t^2/3 + t^4/5 - ...) to t^23/23 (the first
 * omitted term is below 2^-120 |t|). atan c >= 0.062 exceeds |atan t| twice, so the sum loses no accuracy.
 * The table is within 2^-97 (atanOfStep), the rest within 2^-100.
 */
final class AtanKernel {
    private static final int STEPS = 16;
    private static final int TERMS = 12;
    private static final DoubleDouble[] TABLE = new DoubleDouble[STEPS + 1];
    private static final DoubleDouble[] SERIES = new DoubleDouble[TERMS];
    static final DoubleDouble HALF_PI;
    static final DoubleDouble PI;

    static {
        MathContext mc = new MathContext(60);
        for (int j = 0; j <= STEPS; j++) {
            TABLE[j] = atanOfStep(j);
        }
        for (int j = 0; j < TERMS; j++) {
            BigDecimal c = BigDecimal.ONE.divide(BigDecimal.valueOf(2 * j + 1), mc);
            SERIES[j] = CorrectlyRoundedLog.nearestDoubleDouble(j % 2 == 0 ? c : c.negate());
        }
        BigDecimal pi = BigFunctions.pi(mc);
        PI = CorrectlyRoundedLog.nearestDoubleDouble(pi);
        HALF_PI = CorrectlyRoundedLog.nearestDoubleDouble(pi.divide(BigFunctions.TWO, mc));
    }

    private AtanKernel() {
    }

    /**
     * atan(j/16) within 2^-97 by Euler's series, atan x = x/(1 + x^2) sum_n (2^2n n!^2/(2n+1)!) y^n with
     * y = x^2/(1 + x^2) <= 1/2, in double-double: quick at start-up, unlike BigDecimal.
     */
    private static DoubleDouble atanOfStep(int j) {
        double denominator = STEPS * STEPS + j * j; // (1 + x^2) 256, exact
        DoubleDouble y = DoubleDouble.quotient(j * j, denominator);
        DoubleDouble term = DoubleDouble.quotient(STEPS * j, denominator);
        DoubleDouble sum = term;
        for (int n = 1; Math.abs(term.hi()) > 0x1p-110 * Math.abs(sum.hi()); n++) {
            term = term.times(y).times(DoubleDouble.quotient(2 * n, 2 * n + 1));
            sum = sum.plus(term);
        }
        return sum;
    }

    /** atan u for 0 <= u <= 1 (u a double-double). */
    static DoubleDouble atan(DoubleDouble u) {
        int j = (int) Math.floor(u.hi() * STEPS + 0.5);
        if (j == 0) {
            return series(u);
        }
        double c = (double) j / STEPS; // exact
        DoubleDouble t = u.plus(-c).dividedBy(u.times(c).plus(1.0));
        return TABLE[j].plus(series(t));
    }

    /** atan t = t P(t^2) for |t| <= 1/32. */
    private static DoubleDouble series(DoubleDouble t) {
        return DoubleDouble.polynomial(t.times(t), SERIES).times(t);
    }
}
