package org.gradientatlas.text;

/** A shortest decimal laid out as JavaScript's {@code Number.prototype.toString}: plain from 1e-6 up to 1e21. */
final class JavaScriptLayout {
    private JavaScriptLayout() {
    }

    /** A non-zero decimal: 0.00125, 125, 1.25, 1.25e-7, 1e+21. */
    static String of(ShortestDecimal decimal) {
        String significant = decimal.digitText();
        int exponent = decimal.leadingExponent();
        StringBuilder out = new StringBuilder(24).append(decimal.negative() ? "-" : "");
        return (exponent >= -6 && exponent < 21 ? plain(out, significant, exponent + 1)
                : scientific(out, significant, exponent)).toString();
    }

    /** The digits with the point after {@code point} of them. */
    private static StringBuilder plain(StringBuilder out, String significant, int point) {
        if (point <= 0) {
            return out.append("0.").append("0".repeat(-point)).append(significant);
        }
        if (point >= significant.length()) {
            return out.append(significant).append("0".repeat(point - significant.length()));
        }
        return out.append(significant, 0, point).append('.').append(significant, point, significant.length());
    }

    private static StringBuilder scientific(StringBuilder out, String significant, int exponent) {
        out.append(significant.charAt(0));
        if (significant.length() > 1) {
            out.append('.').append(significant, 1, significant.length());
        }
        return out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
    }
}
