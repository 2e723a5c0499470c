package org.gradientatlas.random;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * e^x rounded to the nearest double (ties to even), for every double; the companion of
 * {@link CorrectlyRoundedLog}, for the same reason: a libm exp (glibc's, which numpy calls, or Java's
 * StrictMath.exp) is within an ulp but not exact, so results built on it depend on the platform.
 *
 * <p>Method: x = k ln 2 + r with k = rint(x / ln 2), |r| < 0.3467, and e^x = 2^k e^r. r is formed in
 * double-double with a three-double ln 2 (k ln 2 split exactly by fma), to about 2^-100 absolute; e^r is
 * the Taylor sum of r^n/n!, n <= 22, by Horner in double-double. The result is within 2^-97 relative of
 * e^r; if hi + lo plus or minus 2^-90 |hi| still rounds to one double, so does e^r, and the scaling by 2^k
 * is exact for normal results. Otherwise (near a midpoint, or a subnormal or overflowing result) e^x is
 * recomputed with BigDecimal at growing precision until the rounding is decided. That ends because e^x is
 * transcendental for every double x != 0 (Lindemann-Weierstrass), so never a double nor a midpoint.
 */
public final class CorrectlyRoundedExp {
    /** Above this e^x > 2^1024 (ln 2^1024 = 709.7827...): +Infinity. */
    private static final double OVERFLOW = 709.79;
    /** Below this e^x < 2^-1075, half the least subnormal (ln 2^-1075 = -745.1332...): +0. */
    private static final double UNDERFLOW = -745.14;
    /** For |x| < 2^-54, e^x lies strictly between the midpoints around 1 (1 - 2^-54 and 1 + 2^-53). */
    private static final double NEAR_ZERO = 0x1p-54;
    /** Taylor terms 1/n!, n = 0..22: the first omitted term r^23/23! is below 2^-109. */
    private static final int TERMS = 23;
    /** Terms n >= 13 are below 2^-52 and need only double precision. */
    private static final int DD_TERMS = 13;
    /** Bound on |hi + lo - e^r| / |hi| in the rounding test: a wide margin above the 2^-97 analysis. */
    private static final double ERROR_BOUND = 0x1p-90;
    private static final int GUARD_DIGITS = 12;

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
            BigDecimal c = BigDecimal.ONE.divide(factorial, mc);
            C_HI[n] = c.doubleValue();
            C_LO[n] = c.subtract(new BigDecimal(C_HI[n])).doubleValue();
        }
        BigDecimal ln2 = CorrectlyRoundedLog.ln2(mc);
        INV_LN2 = BigDecimal.ONE.divide(ln2, mc).doubleValue();
        LN2_HI = ln2.doubleValue();
        BigDecimal rest = ln2.subtract(new BigDecimal(LN2_HI));
        LN2_MID = rest.doubleValue();
        LN2_LO = rest.subtract(new BigDecimal(LN2_MID)).doubleValue();
    }

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
        int k = (int) Math.rint(x * INV_LN2);
        if (k < Double.MIN_EXPONENT + 1 || k > Double.MAX_EXPONENT) {
            return expBig(x); // the result may be subnormal or overflow: rounding is not scale-free there
        }
        double[] r = reduce(x, k);
        double[] e = taylor(r[0], r[1]);
        // Rounding is monotone: if both ends of the error interval round to one double, e^r does too.
        double err = e[0] * ERROR_BOUND;
        double down = e[0] + (e[1] - err);
        return down == e[0] + (e[1] + err) ? Math.scalb(down, k) : expBig(x);
    }

    /** r = x - k ln 2 as {hi, lo}, to about 2^-100 absolute (k LN2_LO's rounding is below 2^-150). */
    private static double[] reduce(double x, int k) {
        double pHi = k * LN2_HI;
        double pLo = Math.fma(k, LN2_HI, -pHi); // fma makes the product's rounding error exact
        double qHi = k * LN2_MID;
        double qLo = Math.fma(k, LN2_MID, -qHi);
        double a = x - pHi; // two-sum: a + aErr = x - pHi exactly
        double ab = a - x;
        double aErr = (x - (a - ab)) + (-pHi - ab);
        double u = -pLo - qHi; // two-sum: u + uErr = -pLo - qHi exactly
        double ub = u + pLo;
        double uErr = (-pLo - (u - ub)) + (-qHi - ub);
        double hi = a + u; // two-sum: hi + hiErr = a + u exactly
        double hb = hi - a;
        double hiErr = (a - (hi - hb)) + (u - hb);
        double rest = hiErr + aErr + uErr - qLo - k * LN2_LO; // each below 2^-52 |r| or 2^-95
        double rHi = hi + rest;
        double rb = rHi - hi;
        return new double[] {rHi, (hi - (rHi - rb)) + (rest - rb)};
    }

    /** e^r = sum r^n/n! as {hi, lo}, by Horner: plain doubles for n >= 13, then double-double. */
    private static double[] taylor(double rHi, double rLo) {
        double eHi = C_HI[TERMS - 1];
        for (int n = TERMS - 2; n >= DD_TERMS; n--) {
            eHi = eHi * rHi + C_HI[n];
        }
        double eLo = 0.0;
        for (int n = DD_TERMS - 1; n >= 0; n--) { // e = e r + c_n
            double p = eHi * rHi;
            double pLo = Math.fma(eHi, rHi, -p) + (eHi * rLo + eLo * rHi);
            double sum = C_HI[n] + p; // fast two-sum: |p| <= 0.42 c_n
            double err = ((C_HI[n] - sum) + p) + (pLo + C_LO[n]);
            eHi = sum + err;
            eLo = err - (eHi - sum);
        }
        return new double[] {eHi, eLo};
    }

    /**
     * e^x rounded to nearest for x in (-745.14, 709.79), x != 0, by BigDecimal at 40, 80, 160, ... digits
     * until v (1 - 10^-digits) and v (1 + 10^-digits) round to the same double. Package-private for tests.
     */
    static double expBig(double x) {
        BigDecimal bx = new BigDecimal(x);
        int k = (int) Math.rint(x * INV_LN2);
        BigDecimal twoPowAbsK = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(k)));
        // Exact, also for k < 0: 1/2^|k| has a finite decimal expansion.
        BigDecimal twoPowK = k >= 0 ? twoPowAbsK : BigDecimal.ONE.divide(twoPowAbsK);
        for (int digits = 40; ; digits *= 2) {
            MathContext mc = new MathContext(digits + GUARD_DIGITS);
            BigDecimal r = bx.subtract(CorrectlyRoundedLog.ln2(mc).multiply(BigDecimal.valueOf(k)), mc);
            BigDecimal v = taylorBig(r, mc).multiply(twoPowK); // exact scaling
            BigDecimal bound = v.movePointLeft(digits);
            double down = v.subtract(bound).doubleValue(); // doubleValue rounds to nearest, subnormals too
            if (down == v.add(bound).doubleValue()) {
                return down;
            }
        }
    }

    /** e^r = sum r^n/n!, summed until a term is below 10^-precision (|r| < 0.35 here). */
    private static BigDecimal taylorBig(BigDecimal r, MathContext mc) {
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal stop = BigDecimal.ONE.movePointLeft(mc.getPrecision());
        for (int n = 1; term.abs().compareTo(stop) > 0; n++) {
            term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
        }
        return sum;
    }
}
