package org.gradientatlas.figure;

import org.gradientatlas.text.ShortestDecimal;

/**
 * Locale- and JDK-independent number text. {@code Double.toString} changed on JDK 19 (it now prints the
 * shortest decimal), so output files use that decimal ({@link ShortestDecimal}, the same on every JDK and in the
 * browser), laid out as JavaScript's {@code Number.prototype.toString} does: 0.0001, 12.5, 1e-7, 1e+21.
 */
public final class Numbers {
    private Numbers() {
    }

    /** The shortest text that reads back to the same double; NaN and infinities as Java spells them. */
    public static String shortest(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        ShortestDecimal decimal = ShortestDecimal.of(v);
        String significant = decimal.digitText();
        int exponent = decimal.leadingExponent();
        StringBuilder out = new StringBuilder(24).append(decimal.negative() ? "-" : "");
        return (exponent >= -6 && exponent < 21 ? plain(out, significant, exponent + 1)
                : scientific(out, significant, exponent)).toString();
    }

    /** 0.00125, 125, 12500, 1.25: the digits with the point after {@code point} of them. */
    private static StringBuilder plain(StringBuilder out, String significant, int point) {
        if (point <= 0) {
            return out.append("0.").append("0".repeat(-point)).append(significant);
        }
        if (point >= significant.length()) {
            return out.append(significant).append("0".repeat(point - significant.length()));
        }
        return out.append(significant, 0, point).append('.').append(significant, point, significant.length());
    }

    /** 1.25e-7, 1e+21. */
    private static StringBuilder scientific(StringBuilder out, String significant, int exponent) {
        out.append(significant.charAt(0));
        if (significant.length() > 1) {
            out.append('.').append(significant, 1, significant.length());
        }
        return out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
    }

    /**
     * The double written for a float32 result: the shortest decimal that reads back to the same float, so the data
     * file says 0.3 where the float is 0.300000011920928955078125. Parsed as float32 it gives the exact bits.
     */
    public static double float32(float v) {
        if (!Float.isFinite(v) || v == 0) {
            return v;
        }
        return ShortestDecimal.of(v).toDouble();
    }
}
