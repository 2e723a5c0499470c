package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * log10 x rounded to the nearest double (ties to even), for every double; StrictMath.log10's special cases
 * (NaN below 0, -Infinity at +-0, exactly n at 10^n).
 *
 * <p>Method: a first try from {@link LogFastPath}'s log (within 2^-69) times 1/ln 10, tested with a margin of
 * 2^-65; then log x in double-double ({@link CorrectlyRoundedLog#logDoubleDouble}, within 2^-97) times
 * 1/ln 10 in double-double (itself within 2^-96), within 2^-94 in all; if plus or minus 2^-88 still rounds to one double, that is
 * the answer, else BigDecimal at growing precision (Ziv). log10 x is irrational for a double x other than
 * 10^n (x^q = 10^p has no other dyadic solution), so never a midpoint, and the loop ends.
 */
public final class CorrectlyRoundedLog10 {
    private static final double ERROR_BOUND = 0x1p-88;
    /** For the first try from LogFastPath's log (within 2^-69) times 1/ln 10. */
    private static final double FAST_ERROR_BOUND = 0x1p-65;
    private static final int GUARD_DIGITS = 12;
    private static final DoubleDouble INV_LN10;

    static {
        INV_LN10 = DoubleDouble.ONE.dividedBy(CorrectlyRoundedLog.logDoubleDouble(10)); // within 2^-96
    }

    private CorrectlyRoundedLog10() {
    }

    /** log10(x) rounded to nearest: NaN for NaN and x < 0, -Infinity for +-0, +Infinity for +Infinity. */
    public static double log10(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x > 0.0 ? x : Double.NaN;
        }
        int k = CorrectlyRoundedLog.exponent(x);
        double quick = LogFastPath.logDoubleDouble(k, BinaryRounding.scalb(x, -k)).times(INV_LN10)
                .roundedWithin(FAST_ERROR_BOUND);
        if (quick == quick) {
            return quick;
        }
        double rounded = CorrectlyRoundedLog.logDoubleDouble(x).times(INV_LN10).roundedWithin(ERROR_BOUND);
        return rounded == rounded ? rounded : log10Big(x);
    }

    /** log10(x) for positive finite x by BigDecimal at 40, 80, ... digits until its rounding is decided. */
    static double log10Big(double x) {
        if (x == 1.0) {
            return 0.0;
        }
        for (int digits = 40; ; digits *= 2) {
            MathContext mc = new MathContext(digits + GUARD_DIGITS);
            BigDecimal v = BigFunctions.log(x, mc).divide(BigFunctions.log(10, mc), mc);
            BigDecimal bound = v.abs().movePointLeft(digits);
            double rounded = NearestDouble.ofInterval(v.subtract(bound), v.add(bound));
            if (rounded == rounded) {
                return rounded;
            }
        }
    }
}
