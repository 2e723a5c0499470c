package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The natural logarithm rounded to the nearest double (ties to even), for every double. Unlike a libm
 * log (glibc's since 2.28 is within about 0.52 ulp, Java's StrictMath.log within 1 ulp) it has one right
 * answer, so the random streams built on it are the same on every platform and JDK.
 *
 * <p>Method: first {@link LogFastPath} (table-driven, within 2^-69), which decides all but about 1 in 4000
 * inputs. Then x = 2^k m with m in (sqrt(1/2), sqrt(2)], and log x = k ln 2 + 2 atanh(s) with
 * s = (m - 1)/(m + 1), |s| < 0.1716, atanh(s) = s (1 + z/3 + z^2/5 + ...), z = s^2. This is evaluated in
 * double-double arithmetic ({@link DoubleDouble}: pairs hi + lo, products made exact by Dekker's
 * splitting), with a relative error below 2^-97. If hi + lo plus or minus a bound of 2^-90 |hi| still
 * rounds to one double, that double is the rounded log. Otherwise (about 2^-36 of inputs) the log is
 * recomputed with BigDecimal at growing precision until the rounding is decided (Ziv's strategy). That loop
 * ends because log x, for rational x other than 1, is transcendental (Lindemann-Weierstrass), so it is
 * never a double nor a midpoint. Only operations whose results IEEE 754 fixes (+ - * /, bit operations,
 * BigDecimal) are used, so the results do not depend on the JDK or on TeaVM.
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

    private static final double[] C_HI = new double[TERMS];
    private static final double[] C_LO = new double[TERMS];
    /** ln 2 to about 2^-106 relative. */
    static final DoubleDouble LN2;

    static {
        MathContext mc = new MathContext(60);
        for (int j = 0; j < TERMS; j++) {
            BigDecimal c = BigDecimal.ONE.divide(BigDecimal.valueOf(2 * j + 3), mc);
            C_HI[j] = NearestDouble.of(c);
            C_LO[j] = NearestDouble.of(c.subtract(NearestDouble.exact(C_HI[j])));
        }
        LN2 = nearestDoubleDouble(BigFunctions.ln2(mc));
    }

    private CorrectlyRoundedLog() {
    }

    /** log(x) rounded to nearest: NaN for NaN and x < 0, -Infinity for +-0, +Infinity for +Infinity. */
    public static double log(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x > 0.0 ? x : Double.NaN;
        }
        int k = exponent(x);
        double quick = LogFastPath.log(k, BinaryRounding.scalb(x, -k));
        return quick == quick ? quick : logAccurate(x);
    }

    /** log x for positive finite x without the fast path. Package-private for tests. */
    static double logAccurate(double x) {
        double rounded = logDoubleDouble(x).roundedWithin(ERROR_BOUND);
        return rounded == rounded ? rounded : logBig(x);
    }

    /** log x as hi + lo with a relative error below 2^-97, for positive finite x; exactly 0 for x = 1. */
    static DoubleDouble logDoubleDouble(double x) {
        int k = exponent(x);
        DoubleDouble logM = logMantissa(BinaryRounding.scalb(x, -k));
        // For k != 0, |log m| <= |k ln 2| / 2: the sum cannot magnify the relative errors by more than 3.
        return k == 0 ? logM : LN2.times(k).plus(logM);
    }

    /** k with x 2^-k in (sqrt(1/2), sqrt(2)]; subnormal x are first scaled by 2^54. */
    static int exponent(double x) {
        int k = Math.getExponent(x);
        if (k < Double.MIN_EXPONENT) {
            k = Math.getExponent(x * 0x1p54) - 54;
        }
        return BinaryRounding.scalb(x, -k) > SQRT2 ? k + 1 : k;
    }

    /** The double-double nearest to v (to about 2^-106 relative). */
    static DoubleDouble nearestDoubleDouble(BigDecimal v) {
        double hi = NearestDouble.of(v);
        return new DoubleDouble(hi, NearestDouble.of(v.subtract(NearestDouble.exact(hi))));
    }

    /** log(m) = 2s (1 + z Q(z)), Q(z) = sum z^j/(2j+3), as {hi, lo} with relative error below 2^-99. */
    private static DoubleDouble logMantissa(double m) {
        double a = m - 1.0; // exact (Sterbenz: m is within a factor 2 of 1)
        double b = m + 1.0;
        double bLo = DoubleDouble.sumError(m, 1.0, b);
        double sHi = a / b;
        // a - sHi b, the remainder of a rounded quotient, is a double: exact as (a - p) - productError.
        double p = sHi * b;
        double sLo = (((a - p) - DoubleDouble.productError(sHi, b, p)) - sHi * bLo) / b;
        double zHi = sHi * sHi;
        double zLo = DoubleDouble.productError(sHi, sHi, zHi) + 2.0 * sHi * sLo;
        double qHi = C_HI[TERMS - 1];
        for (int j = TERMS - 2; j >= DD_TERMS; j--) {
            qHi = qHi * zHi + C_HI[j];
        }
        double qLo = 0.0;
        for (int j = DD_TERMS - 1; j >= 0; j--) { // Horner in double-double: q = q z + c_j
            double pq = qHi * zHi;
            double pLo = DoubleDouble.productError(qHi, zHi, pq) + (qHi * zLo + qLo * zHi);
            double sum = C_HI[j] + pq; // fast two-sum: c_j >= 1/19 > 0.35 z >= |pq|
            double err = ((C_HI[j] - sum) + pq) + (pLo + C_LO[j]);
            qHi = sum + err;
            qLo = err - (qHi - sum);
        }
        DoubleDouble t = new DoubleDouble(qHi, qLo).times(new DoubleDouble(zHi, zLo)); // z Q < 0.0099
        DoubleDouble u = DoubleDouble.fastSum(1.0, t.hi()).plus(t.lo()); // 1 + t
        return u.times(new DoubleDouble(2.0 * sHi, 2.0 * sLo));
    }

    /**
     * log(x) rounded to nearest for positive finite x, by BigDecimal at 40, 80, 160, ... digits until
     * v (1 - 10^-digits) and v (1 + 10^-digits) round to the same double. Package-private for the tests.
     */
    static double logBig(double x) {
        if (x == 1.0) {
            return 0.0; // the only finite input whose log is a double
        }
        for (int digits = 40; ; digits *= 2) {
            BigDecimal v = BigFunctions.log(x, new MathContext(digits + GUARD_DIGITS));
            BigDecimal bound = v.abs().movePointLeft(digits);
            double rounded = NearestDouble.ofInterval(v.subtract(bound), v.add(bound));
            if (rounded == rounded) {
                return rounded;
            }
        }
    }
}
