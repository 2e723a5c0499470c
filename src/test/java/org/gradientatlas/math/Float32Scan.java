package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Every float x with 2^-28 <= |x| <= 22 (tanh) or 2^-26 <= |x| <= 110 (exp), the ranges where the float result
 * is not simply x, 1 or 0: compares (float) f((double) x) with the correctly rounded f and with
 * (float) StrictMath.f((double) x), what surface/Float32Math returned before. Counts where they differ and
 * the double-rounding cases (f's double exactly halfway between two floats), listing the first few. A tool
 * (tools/float32-scan), about 10^9 inputs.
 */
public final class Float32Scan {
    private static final int SHOWN = 10;

    private Float32Scan() {
    }

    public static void main(String[] args) {
        scan("tanh", 0x1p-28f, 22f, CorrectlyRoundedTanh::tanh, StrictMath::tanh,
                x -> BigFunctionsForScan.tanh(x));
        scan("exp", 0x1p-26f, 110f, CorrectlyRoundedExp::exp, StrictMath::exp, x -> BigFunctionsForScan.exp(x));
    }

    private static void scan(String name, float from, float to, DoubleUnaryOperator ours, DoubleUnaryOperator jdk,
                             DoubleUnaryOperator exactSign) {
        long inputs = 0;
        long differFromJdk = 0;
        long midpoints = 0;
        long began = System.nanoTime();
        for (int sign = 1; sign >= -1; sign -= 2) {
            for (int bits = Float.floatToRawIntBits(from); bits <= Float.floatToRawIntBits(to); bits++) {
                float x = sign * Float.intBitsToFloat(bits);
                double d = ours.applyAsDouble(x);
                float f = (float) d;
                inputs++;
                if (f != (float) jdk.applyAsDouble(x) && differFromJdk++ < SHOWN) {
                    System.out.printf(Locale.ROOT, "%s(%s): %s, StrictMath gives %s%n", name, Float.toHexString(x),
                            Float.toHexString(f), Float.toHexString((float) jdk.applyAsDouble(x)));
                }
                if (onFloatMidpoint(d)) {
                    midpoints++;
                    System.out.printf(Locale.ROOT, "%s(%s): the double %s is halfway between two floats; the"
                            + " exact value lies %s it%n", name, Float.toHexString(x), Double.toHexString(d),
                            exactSign.applyAsDouble(x) > 0 ? "above" : "below");
                }
            }
        }
        System.out.printf(Locale.ROOT, "float32-scan %s: %,d floats, (float) of the correctly rounded double differs"
                + " from (float) StrictMath on %d, %d double-rounding cases, %.0f s%n", name, inputs, differFromJdk,
                midpoints, (System.nanoTime() - began) / 1e9);
    }

    private static boolean onFloatMidpoint(double d) {
        float f = (float) d;
        if ((double) f == d || Float.isInfinite(f)) {
            return false;
        }
        float g = Math.abs(d) > Math.abs(f) ? Math.nextAfter(f, 2 * d) : Math.nextAfter(f, 0.0);
        return ((double) f + g) / 2 == d;
    }

    /** The sign of (exact value - correctly rounded double), by BigDecimal at 60 digits. */
    private static final class BigFunctionsForScan {
        private static final MathContext MC = new MathContext(60);

        static double tanh(double x) {
            BigDecimal e = BigFunctions.exp(NearestDouble.exact(-2 * Math.abs(x)), MC);
            BigDecimal v = BigDecimal.ONE.subtract(e).divide(BigDecimal.ONE.add(e), MC);
            v = x < 0 ? v.negate() : v;
            return v.compareTo(NearestDouble.exact(CorrectlyRoundedTanh.tanh(x)));
        }

        static double exp(double x) {
            BigDecimal v = BigFunctions.exp(NearestDouble.exact(x), MC);
            return v.compareTo(NearestDouble.exact(CorrectlyRoundedExp.exp(x)));
        }
    }
}
