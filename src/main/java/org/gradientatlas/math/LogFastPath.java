package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The quick first try of CorrectlyRoundedLog (Ziv's first step, after Tang's table method, ACM TOMS 16(4), 1990):
 * x = 2^k m with m in (sqrt(1/2), sqrt(2)], c = 1 + j/128 the nearest such point to m (c = 1 next to 1, so there
 * is no cancellation there), r = 1/c rounded, z = m r - 1 exactly by Dekker's product (|z| < 2^-7.4), and
 * log x = k ln 2 - log r + log(1 + z), -log r from a double-double table (CorrectlyRoundedLog's double-double
 * log, within 2^-97), log(1 + z) = z - z^2/2 + z^3 (1/3 - z/4
 * + ... + z^6/9) with z^2/2 exact (the first omitted term is below 2^-78). Within 2^-69 relative; returned if
 * plus or minus 2^-66 rounds to one double (all but about 1 in 4000 inputs), else NaN.
 */
final class LogFastPath {
    private static final int STEPS = 128;
    /** j runs from -37 (c = 0.7109) to 53 (c = 1.4141), stored from index 0. */
    private static final int FIRST = -37;
    private static final int LAST = 53;
    private static final double ERROR_BOUND = 0x1p-66;
    private static final double[] INVERSE = new double[LAST - FIRST + 1];
    private static final double[] INVERSE_HI = new double[INVERSE.length];
    private static final double[] INVERSE_LO = new double[INVERSE.length];
    private static final double[] MINUS_LOG_HI = new double[INVERSE.length];
    private static final double[] MINUS_LOG_LO = new double[INVERSE.length];
    /** ln 2 cut to 42 bits (k ln2 exact for |k| < 2^11) and the rest. */
    private static final double LN2_HI;
    private static final double LN2_LO;
    private static final double[] POLYNOMIAL = {1.0 / 3, -1.0 / 4, 1.0 / 5, -1.0 / 6, 1.0 / 7, -1.0 / 8, 1.0 / 9};

    static {
        MathContext mc = new MathContext(50);
        for (int j = FIRST; j <= LAST; j++) {
            int i = j - FIRST;
            INVERSE[i] = 1.0 / (1.0 + (double) j / STEPS); // any double near 1/c serves: -log of it is tabled
            INVERSE_HI[i] = DoubleDouble.upperHalf(INVERSE[i]);
            INVERSE_LO[i] = INVERSE[i] - INVERSE_HI[i];
            DoubleDouble minusLog = CorrectlyRoundedLog.logDoubleDouble(INVERSE[i]).negate(); // within 2^-97
            MINUS_LOG_HI[i] = minusLog.hi();
            MINUS_LOG_LO[i] = minusLog.lo();
        }
        BigDecimal ln2 = BigFunctions.ln2(mc);
        LN2_HI = Double.longBitsToDouble(Double.doubleToRawLongBits(NearestDouble.of(ln2)) & -(1L << 11));
        LN2_LO = NearestDouble.of(ln2.subtract(NearestDouble.exact(LN2_HI)));
    }

    private LogFastPath() {
    }

    /** log x rounded to nearest, or NaN if undecided; x = 2^k m with m in (sqrt(1/2), sqrt(2)]. */
    static double log(int k, double m) {
        return logDoubleDouble(k, m).roundedWithin(ERROR_BOUND);
    }

    /** log x as hi + lo within 2^-69 relative; x = 2^k m with m in (sqrt(1/2), sqrt(2)]. */
    static DoubleDouble logDoubleDouble(int k, double m) {
        int i = (int) Math.floor((m - 1) * STEPS + 0.5) - FIRST;
        double r = INVERSE[i];
        double p = m * r;
        double z = p - 1; // exact (Sterbenz)
        // m r - 1 = z + zLo exactly; |zLo| <= ulp(p)/2 <= |z| unless z = 0
        double zLo = DoubleDouble.productError(INVERSE_HI[i], INVERSE_LO[i], m, p);
        double zHi = z + zLo;
        zLo = zLo - (zHi - z);
        double square = zHi * zHi;
        double squareErr = DoubleDouble.productError(zHi, zHi, square);
        double cubic = square * zHi * DoubleDouble.polynomial(zHi, POLYNOMIAL); // within 2^-75 absolute
        double a = k * LN2_HI; // exact
        double b = a + MINUS_LOG_HI[i];
        double bErr = DoubleDouble.sumError(a, MINUS_LOG_HI[i], b);
        double c = b + zHi;
        double cErr = DoubleDouble.sumError(b, zHi, c);
        double hi = c - square * 0.5;
        double hiErr = DoubleDouble.sumError(c, -square * 0.5, hi);
        double lo = bErr + cErr + hiErr + (k * LN2_LO + MINUS_LOG_LO[i])
                + (zLo - squareErr * 0.5 - zHi * zLo + cubic);
        return DoubleDouble.fastSum(hi, lo);
    }

}
