package org.gradientatlas.figure;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;

/**
 * Locale- and JDK-independent number text. {@code Double.toString} changed on JDK 19 (it now prints the
 * shortest decimal), so output files use Jackson's copy of that algorithm (Schubfach) on every JDK, laid
 * out as JavaScript's {@code Number.prototype.toString} does: 0.0001, 12.5, 1e-7, 1e+21.
 */
public final class Numbers {
    private Numbers() {
    }

    /** The shortest text that reads back to the same double; NaN and infinities as Java spells them. */
    public static String shortest(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(NumberOutput.toString(v, true)).stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent >= -6 && exponent < 21) {
            return exact.toPlainString();
        }
        String digits = exact.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /**
     * The double written for a float32 result: the shortest decimal that reads back to the same float, so the data
     * file says 0.3 where the float is 0.300000011920928955078125. Parsed as float32 it gives the exact bits.
     */
    public static double float32(float v) {
        if (!Float.isFinite(v) || v == 0) {
            return v;
        }
        return Double.parseDouble(NumberOutput.toString(v, true));
    }
}
