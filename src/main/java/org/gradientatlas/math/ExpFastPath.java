package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The quick first try of CorrectlyRoundedExp (Ziv's first step, after Tang's table method, ACM TOMS 15(2), 1989):
 * x = (256 m + j) ln2/256 + r with |r| <= ln2/512, e^x = 2^m 2^(j/256) e^r, 2^(j/256) from a double-double
 * table (within 2^-93), e^r = 1 + r + r^2 (1/2 + r/6 + ... + r^5/5040) in doubles (the first omitted term is below 2^-78), the
 * product with the table's leading part made exact by Dekker's product. The result is within 2^-69 relative;
 * it is returned if plus or minus 2^-66 rounds to one double (all but about 1 in 4000 inputs), else NaN.
 */
final class ExpFastPath {
    private static final int STEPS = 256;
    private static final double ERROR_BOUND = 0x1p-66;
    private static final double INV_STEP;
    /** ln2/256 cut to 34 bits, so that k STEP_HI is exact for |k| < 2^19, and the rest. */
    private static final double STEP_HI;
    private static final double STEP_LO;
    private static final double[] TABLE_HI = new double[STEPS];
    private static final double[] TABLE_LO = new double[STEPS];
    /** TABLE_HI split into two 26-bit halves (Veltkamp), for Dekker's product. */
    private static final double[] TABLE_HI_HI = new double[STEPS];
    private static final double[] TABLE_HI_LO = new double[STEPS];
    private static final double[] POLYNOMIAL = {1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040};

    static {
        MathContext mc = new MathContext(50);
        BigDecimal step = BigFunctions.ln2(mc).divide(BigDecimal.valueOf(STEPS), mc);
        INV_STEP = NearestDouble.of(BigDecimal.ONE.divide(step, mc));
        STEP_HI = Double.longBitsToDouble(Double.doubleToRawLongBits(NearestDouble.of(step)) & -(1L << 19));
        STEP_LO = NearestDouble.of(step.subtract(NearestDouble.exact(STEP_HI)));
        for (int j = 0; j < STEPS; j++) {
            DoubleDouble t = tableEntry(j);
            TABLE_HI[j] = t.hi();
            TABLE_LO[j] = t.lo();
            TABLE_HI_HI[j] = DoubleDouble.upperHalf(t.hi());
            TABLE_HI_LO[j] = t.hi() - TABLE_HI_HI[j];
        }
    }

    private ExpFastPath() {
    }

    /**
     * 2^(j/256) within 2^-93 relative, by the double-double kernel (cheap at start-up, unlike BigDecimal):
     * e^r with r = j ln2/256 below 128, 2 e^r with r = (j - 256) ln2/256 from there, so |r| < 0.35.
     */
    private static DoubleDouble tableEntry(int j) {
        int offset = j < STEPS / 2 ? j : j - STEPS;
        DoubleDouble e = ExpKernel.exp(CorrectlyRoundedLog.LN2.times(offset / (double) STEPS));
        return j < STEPS / 2 ? e : new DoubleDouble(2 * e.hi(), 2 * e.lo());
    }

    /** e^x rounded to nearest, or NaN if undecided; for |x| < 708 (then 2^m stays in the normal range). */
    static double exp(double x) {
        int k = (int) Math.floor(x * INV_STEP + 0.5);
        DoubleDouble v = tableTimesExpR(x, k);
        double e = v.hi() * ERROR_BOUND;
        double down = v.hi() + (v.lo() - e);
        return down == v.hi() + (v.lo() + e) ? down * CorrectlyRoundedExp.powerOfTwo(k >> 8) : Double.NaN;
    }

    /** e^x as hi + lo within 2^-69 relative, for |x| <= 64 (no rounding test). */
    static DoubleDouble expDoubleDouble(double x) {
        int k = (int) Math.floor(x * INV_STEP + 0.5);
        DoubleDouble v = tableTimesExpR(x, k);
        double scale = CorrectlyRoundedExp.powerOfTwo(k >> 8); // 2^m, m = floor(k / 256)
        return new DoubleDouble(v.hi() * scale, v.lo() * scale);
    }

    /** 2^(j/256) e^r for x = (256 m + j) ln2/256 + r, k = 256 m + j. */
    private static DoubleDouble tableTimesExpR(double x, int k) {
        int j = k & (STEPS - 1);
        double kHi = k * STEP_HI; // exact
        double s = x - kHi;
        double rLo = DoubleDouble.sumError(x, -kHi, s) - k * STEP_LO;
        double rHi = s + rLo; // r = rHi + rLo, normalised
        rLo = rLo - (rHi - s);
        double q = rHi * rHi * DoubleDouble.polynomial(rHi, POLYNOMIAL); // e^r - 1 - r, within 2^-71.5 absolute
        double tHi = TABLE_HI[j];
        double p = tHi * rHi;
        double pErr = DoubleDouble.productError(TABLE_HI_HI[j], TABLE_HI_LO[j], rHi, p);
        double hi = tHi + p; // fast two-sum: |p| < 0.0014 tHi
        return new DoubleDouble(hi, (tHi - hi + p) + (pErr + tHi * (rLo + q) + TABLE_LO[j] * (1 + rHi)));
    }

}
