package org.gradientatlas.random;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The natural logarithm rounded to the nearest double (ties to even), for every double. Unlike a libm
 * log (glibc's since 2.28 is within about 0.52 ulp, Java's StrictMath.log within 1 ulp) it has one right
 * answer, so the random streams built on it are the same on every platform and JDK.
 *
 * <p>Method: x = 2^k m with m in (sqrt(1/2), sqrt(2)], and log x = k ln 2 + 2 atanh(s) with
 * s = (m - 1)/(m + 1), |s| < 0.1716, atanh(s) = s (1 + z/3 + z^2/5 + ...), z = s^2. This is evaluated in
 * double-double arithmetic (pairs hi + lo; products made exact with Math.fma), with a relative error
 * below 2^-97. If hi + lo plus or minus a bound of 2^-90 |hi| still rounds to one double, that double is
 * the rounded log. Otherwise (about 2^-36 of inputs) the log is recomputed with BigDecimal at growing
 * precision until the rounding is decided (Ziv's strategy). That loop ends because log x, for rational
 * x other than 1, is transcendental (Lindemann-Weierstrass), so it is never a double nor a midpoint.
 * Only operations whose results the specifications fix (+ - * /, Math.fma, Math.scalb, BigDecimal) are
 * used, so the results do not depend on the JDK.
 */
public final class CorrectlyRoundedLog {
    /** The largest m kept in the reduced interval: the double just above sqrt(2). */
    private static final double SQRT2 = 0x1.6a09e667f3bcdp0;
    /** Series terms 1/(2j+3), j = 0..18: the first omitted term z^19/41 is below 2^-101 relative. */
    private static final int TERMS = 19;
    /** Terms j >= 9 contribute less than 2^-50 of atanh(s)/s, so plain doubles suffice for them. */
    private static final int DD_TERMS = 9;
    /** Bound on |hi + lo - log x| / |hi| in the rounding test: a wide margin above the 2^-97 analysis. */
    private static final double ERROR_BOUND = 0x1p-90;
    /** Guard digits of the BigDecimal path: its few thousand roundings stay far below 10^-digits. */
    private static final int GUARD_DIGITS = 12;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private static final double[] C_HI = new double[TERMS];
    private static final double[] C_LO = new double[TERMS];
    private static final double LN2_HI;
    private static final double LN2_LO;

    static {
        for (int j = 0; j < TERMS; j++) {
            double d = 2 * j + 3;
            C_HI[j] = 1.0 / d;
            // 1 - C_HI d is exact with fma, so C_HI + C_LO is 1/d to about 2^-106 relative.
            C_LO[j] = Math.fma(-C_HI[j], d, 1.0) / d;
        }
        BigDecimal ln2 = ln2(new MathContext(50));
        LN2_HI = ln2.doubleValue();
        LN2_LO = ln2.subtract(new BigDecimal(LN2_HI)).doubleValue();
    }

    private CorrectlyRoundedLog() {
    }

    /** log(x) rounded to nearest: NaN for NaN and x < 0, -Infinity for +-0, +Infinity for +Infinity. */
    public static double log(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x > 0.0 ? x : Double.NaN;
        }
        int k = exponent(x);
        double m = Math.scalb(x, -k);
        double[] l = logMantissa(m);
        // k ln 2 as a double-double: k * LN2_HI is split exactly by fma; the k * LN2_LO rounding is 2^-106.
        double kHi = k * LN2_HI;
        double kLo = Math.fma(k, LN2_HI, -kHi) + k * LN2_LO;
        // (kHi + kLo) + (l0 + l1): exact two-sum of the high parts. For k != 0, |log m| <= |k ln 2| / 2,
        // so no cancellation can magnify the relative errors by more than 3.
        double sum = kHi + l[0];
        double bb = sum - kHi;
        double err = (kHi - (sum - bb)) + (l[0] - bb) + (kLo + l[1]);
        double hi = sum + err;
        double lo = err - (hi - sum);
        // Rounding is monotone: if both ends of the error interval round to one double, log x does too.
        double e = Math.abs(hi) * ERROR_BOUND;
        double down = hi + (lo - e);
        return down == hi + (lo + e) ? down : logBig(x);
    }

    /** k with x 2^-k in (sqrt(1/2), sqrt(2)]; subnormal x are first scaled by 2^54. */
    private static int exponent(double x) {
        int k = Math.getExponent(x);
        if (k < Double.MIN_EXPONENT) {
            k = Math.getExponent(x * 0x1p54) - 54;
        }
        return Math.scalb(x, -k) > SQRT2 ? k + 1 : k;
    }

    /** log(m) = 2s (1 + z Q(z)), Q(z) = sum z^j/(2j+3), as {hi, lo} with relative error below 2^-99. */
    private static double[] logMantissa(double m) {
        double a = m - 1.0; // exact (Sterbenz: m is within a factor 2 of 1)
        double b = m + 1.0;
        double bLo = (m - (b - (b - m))) + (1.0 - (b - m)); // two-sum: b + bLo = m + 1 exactly
        double sHi = a / b;
        // The remainder a - sHi b of a rounded quotient is a double, computed exactly by fma.
        double sLo = (Math.fma(-sHi, b, a) - sHi * bLo) / b;
        double zHi = sHi * sHi;
        double zLo = Math.fma(sHi, sHi, -zHi) + 2.0 * sHi * sLo;
        double qHi = C_HI[TERMS - 1];
        for (int j = TERMS - 2; j >= DD_TERMS; j--) {
            qHi = qHi * zHi + C_HI[j];
        }
        double qLo = 0.0;
        for (int j = DD_TERMS - 1; j >= 0; j--) { // Horner in double-double: q = q z + c_j
            double p = qHi * zHi;
            double pLo = Math.fma(qHi, zHi, -p) + (qHi * zLo + qLo * zHi);
            double sum = C_HI[j] + p; // fast two-sum: c_j >= 1/19 > 0.35 z >= |p|
            double err = ((C_HI[j] - sum) + p) + (pLo + C_LO[j]);
            qHi = sum + err;
            qLo = err - (qHi - sum);
        }
        double tHi = qHi * zHi; // t = z Q < 0.0099
        double tLo = Math.fma(qHi, zHi, -tHi) + (qHi * zLo + qLo * zHi);
        double uHi = 1.0 + tHi; // u = 1 + t, fast two-sum
        double uLo = ((1.0 - uHi) + tHi) + tLo;
        double lHi = 2.0 * sHi * uHi;
        double lLo = Math.fma(2.0 * sHi, uHi, -lHi) + (2.0 * sHi * uLo + 2.0 * sLo * uHi);
        return new double[] {lHi, lLo};
    }

    /**
     * log(x) rounded to nearest for positive finite x, by BigDecimal at 40, 80, 160, ... digits until
     * v - 10^-digits and v + 10^-digits round to the same double. Package-private for the tests.
     */
    static double logBig(double x) {
        if (x == 1.0) {
            return 0.0; // the only finite input whose log is a double
        }
        int k = exponent(x);
        BigDecimal m = new BigDecimal(Math.scalb(x, -k));
        for (int digits = 40; ; digits *= 2) {
            MathContext mc = new MathContext(digits + GUARD_DIGITS);
            BigDecimal s = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), mc);
            BigDecimal v = atanh(s, mc).multiply(TWO);
            if (k != 0) {
                v = v.add(ln2(mc).multiply(BigDecimal.valueOf(k)), mc);
            }
            BigDecimal bound = BigDecimal.ONE.movePointLeft(digits);
            double down = v.subtract(bound).doubleValue(); // doubleValue rounds to nearest
            if (down == v.add(bound).doubleValue()) {
                return down;
            }
        }
    }

    /** ln 2 = 2 atanh(1/3), to the precision of mc; also used by CorrectlyRoundedExp. */
    static BigDecimal ln2(MathContext mc) {
        return atanh(BigDecimal.ONE.divide(BigDecimal.valueOf(3), mc), mc).multiply(TWO);
    }

    /** atanh(s) = sum s^(2j+1)/(2j+1) for |s| <= 1/3, summed until a term is below 10^-precision. */
    private static BigDecimal atanh(BigDecimal s, MathContext mc) {
        BigDecimal z = s.multiply(s, mc);
        BigDecimal power = s;
        BigDecimal sum = s;
        BigDecimal stop = BigDecimal.ONE.movePointLeft(mc.getPrecision());
        for (int d = 3; power.abs().compareTo(stop) > 0; d += 2) {
            power = power.multiply(z, mc);
            sum = sum.add(power.divide(BigDecimal.valueOf(d), mc), mc);
        }
        return sum;
    }
}
