package org.gradientatlas.figure;

import com.fasterxml.jackson.core.io.NumberOutput;

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
        return javaScriptLayout(NumberOutput.toString(v, true));
    }

    /**
     * Java's layout of a finite, non-zero double ("-1.25E-7", "100.0") as JavaScript's: the significant digits
     * and the decimal point's place, then plain from 1e-6 up to 1e21 and scientific outside.
     */
    private static String javaScriptLayout(String java) {
        boolean negative = java.charAt(0) == '-';
        int e = java.indexOf('E');
        String mantissa = java.substring(negative ? 1 : 0, e < 0 ? java.length() : e);
        int dot = mantissa.indexOf('.');
        StringBuilder digits = new StringBuilder(mantissa.length()).append(mantissa, 0, dot)
                .append(mantissa, dot + 1, mantissa.length());
        // The point sits after `point` digits of `digits`.
        int point = dot + (e < 0 ? 0 : Integer.parseInt(java.substring(e + 1)));
        int lead = 0;
        while (digits.charAt(lead) == '0') {
            lead++;
        }
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        String significant = digits.substring(lead, end);
        point -= lead;
        int exponent = point - 1;
        StringBuilder out = new StringBuilder(24).append(negative ? "-" : "");
        return (exponent >= -6 && exponent < 21 ? plain(out, significant, point)
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
        return Double.parseDouble(NumberOutput.toString(v, true));
    }
}
