package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * e^t in double-double for the fast paths of exp, tanh and pow. t = k ln 2 + r with k the integer nearest
 * t / ln 2, |r| < 0.3467; r is formed in double-double with a three-double ln 2 (k ln 2 split exactly by
 * Dekker's product), to about 2^-95 absolute; e^r and e^r - 1 are Taylor sums of r^n/n!, n <= 22, by Horner
 * in double-double, within 2^-94 relative. The first omitted term, r^23/23!, is below 2^-109.
 */
final class ExpKernel {
    /** Taylor terms 1/n!, n = 0..22. */
    private static final int TERMS = 23;
    /** Terms n >= 13 are below 2^-52 and need only double precision. */
    private static final int DD_TERMS = 13;

    private static final double[] C_HI = new double[TERMS];
    private static final double[] C_LO = new double[TERMS];
    private static final double INV_LN2;
    private static final double LN2_HI;
    private static final double LN2_MID;
    private static final double LN2_LO;

    static {
        MathContext mc = new MathContext(60);
        BigDecimal factorial = BigDecimal.ONE;
        for (int n = 0; n < TERMS; n++) {
            factorial = factorial.multiply(BigDecimal.valueOf(Math.max(n, 1)));
            DoubleDouble c = CorrectlyRoundedLog.nearestDoubleDouble(BigDecimal.ONE.divide(factorial, mc));
            C_HI[n] = c.hi();
            C_LO[n] = c.lo();
        }
        BigDecimal ln2 = BigFunctions.ln2(mc);
        INV_LN2 = NearestDouble.of(BigDecimal.ONE.divide(ln2, mc));
        LN2_HI = NearestDouble.of(ln2);
        BigDecimal rest = ln2.subtract(NearestDouble.exact(LN2_HI));
        LN2_MID = NearestDouble.of(rest);
        LN2_LO = NearestDouble.of(rest.subtract(NearestDouble.exact(LN2_MID)));
    }

    private ExpKernel() {
    }

    /** The integer nearest t / ln 2 (for |t| < 2^30; a tie may go either way: |r| <= ln 2 / 2 still). */
    static int nearestMultipleOfLn2(double t) {
        return (int) Math.floor(t * INV_LN2 + 0.5);
    }

    /** r = tHi + tLo - k ln 2 as a double-double, to about 2^-95 absolute, for |k| < 2^11, |tLo| < 2^-42. */
    static DoubleDouble reduce(double tHi, double tLo, int k) {
        double pHi = k * LN2_HI;
        double pLo = DoubleDouble.productError(k, LN2_HI, pHi);
        double qHi = k * LN2_MID;
        double qLo = DoubleDouble.productError(k, LN2_MID, qHi);
        double a = tHi - pHi; // a + aErr = tHi - pHi exactly
        double aErr = DoubleDouble.sumError(tHi, -pHi, a);
        double u = -pLo - qHi; // u + uErr = -pLo - qHi exactly
        double uErr = DoubleDouble.sumError(-pLo, -qHi, u);
        double hi = a + u; // hi + hiErr = a + u exactly
        double hiErr = DoubleDouble.sumError(a, u, hi);
        // each term below 2^-52 |r|, 2^-42 or 2^-95; k LN2_LO's rounding is below 2^-150
        double rest = hiErr + aErr + uErr - qLo - k * LN2_LO + tLo;
        return DoubleDouble.sum(hi, rest);
    }

    /** e^r for |r| < 0.35. */
    static DoubleDouble exp(DoubleDouble r) {
        return taylor(r, 0);
    }

    /** e^r - 1 = r (1 + r/2! + r^2/3! + ...) for |r| < 0.35, to the same relative accuracy, also for tiny r. */
    static DoubleDouble expm1(DoubleDouble r) {
        return taylor(r, 1).times(r);
    }

    /** sum r^n / (n + offset)! by Horner: plain doubles for the small terms, then double-double. */
    private static DoubleDouble taylor(DoubleDouble r, int offset) {
        double rHi = r.hi();
        double rLo = r.lo();
        double eHi = C_HI[TERMS - 1];
        for (int n = TERMS - 2; n >= DD_TERMS + offset; n--) {
            eHi = eHi * rHi + C_HI[n];
        }
        double eLo = 0.0;
        for (int n = DD_TERMS - 1 + offset; n >= offset; n--) { // e = e r + c_n
            double p = eHi * rHi;
            double pLo = DoubleDouble.productError(eHi, rHi, p) + (eHi * rLo + eLo * rHi);
            double sum = C_HI[n] + p; // fast two-sum: |p| <= 0.42 c_n
            double err = ((C_HI[n] - sum) + p) + (pLo + C_LO[n]);
            eHi = sum + err;
            eLo = err - (eHi - sum);
        }
        return new DoubleDouble(eHi, eLo);
    }
}
