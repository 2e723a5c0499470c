package org.gradientatlas.text;

/**
 * {@code String.format(Locale.ROOT, "%.Nf" or "%.Ng", v)} for a double, in pure Java: TeaVM's Formatter throws on
 * these. As {@code java.util.Formatter} specifies, the shortest decimal of the value ({@code Double.toString}'s
 * digits) is rounded half up, not the exact binary value: 1.0005 (really 1.000499999999999989...) gives "1.001"
 * with %.3f. {@code PrintfTest} checks both against String.format.
 */
public final class Printf {
    private Printf() {
    }

    /** {@code %.Nf}: {@code decimals} digits after the point, e.g. fixed(-0.00049, 3) is "-0.000". */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        RoundedDigits rounded = RoundedDigits.of(ShortestDecimal.of(v)).toDecimals(decimals);
        return sign(v) + rounded.plain(decimals);
    }

    /**
     * {@code %.Ng}: {@code significant} digits (0 counts as 1), plain when the rounded value is in [1e-4, 10^N),
     * else scientific with a two-digit exponent at least ("1.235e+05"); trailing zeros stay, as in Java.
     */
    public static String general(double v, int significant) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        int precision = Math.max(significant, 1);
        if (v == 0) {
            return sign(v) + RoundedDigits.ZERO.plain(precision - 1);
        }
        RoundedDigits rounded = RoundedDigits.of(ShortestDecimal.of(v)).toSignificant(precision);
        int exponent = rounded.point() - 1;
        if (exponent >= -4 && exponent < precision) {
            return sign(v) + rounded.plain(precision - 1 - exponent);
        }
        return sign(v) + rounded.scientific(precision - 1) + (exponent < 0 ? "e-" : "e+")
                + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    private static String sign(double v) {
        return Double.doubleToRawLongBits(v) < 0 ? "-" : "";
    }

    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }
}
