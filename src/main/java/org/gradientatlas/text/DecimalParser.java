package org.gradientatlas.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.gradientatlas.text.DecimalToBinary.Format;

/**
 * Reads a decimal number as Java and Python write it ("0.05", "-5", "1e-3", ".5", "Infinity", "NaN"), correctly
 * rounded, the same on the JVM and in the browser (whose own parsers need not round correctly). Stricter than
 * {@code Double.parseDouble}: no white space, type suffix or hexadecimal, and only ASCII digits.
 */
public final class DecimalParser {
    /** Digits beyond these only matter as "some non-zero digit follows" (a halfway point has at most 767). */
    private static final int MAX_DIGITS = 800;
    private static final int MAX_EXPONENT = 1_000_000_000;

    private DecimalParser() {
    }

    /** @throws NumberFormatException when {@code text} is not {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?},
     *                                {@code [+-]?Infinity} or {@code NaN} */
    public static double parseDouble(String text) {
        return Double.longBitsToDouble(parse(text, Format.DOUBLE, 1L << 63, 0x7ff8_0000_0000_0000L));
    }

    /** As {@link #parseDouble}, rounded once to the nearest float. */
    public static float parseFloat(String text) {
        return Float.intBitsToFloat((int) parse(text, Format.FLOAT, 1L << 31, 0x7fc0_0000L));
    }

    /** Whether {@link #parseDouble} accepts {@code text}. */
    public static boolean isDecimal(String text) {
        return text.equals("NaN") || scan(text) != null;
    }

    /** The double nearest to ±digits x 10^exponent (digits >= 0). */
    public static double toDouble(boolean negative, long digits, int exponent) {
        long bits = DecimalToBinary.bits(Format.DOUBLE, digits, exponent);
        return Double.longBitsToDouble(negative ? bits | 1L << 63 : bits);
    }

    /**
     * The double nearest to {@code value}, as the JDK's {@code BigDecimal.doubleValue} (TeaVM's rounds some values
     * just above a tie between two doubles down).
     */
    public static double toDouble(BigDecimal value) {
        long exponent = Math.max(Integer.MIN_VALUE + 1L, -(long) value.scale());
        long bits = DecimalToBinary.bits(Format.DOUBLE, value.unscaledValue().abs(), (int) exponent);
        return Double.longBitsToDouble(value.signum() < 0 ? bits | 1L << 63 : bits);
    }

    private static long parse(String text, Format format, long signBit, long nanBits) {
        if (text.equals("NaN")) {
            return nanBits;
        }
        Decimal decimal = scan(text);
        if (decimal == null) {
            throw new NumberFormatException("not a decimal number: '" + text + "'");
        }
        long bits = decimal.digits == null ? format.infinityBits
                : decimal.digits.bitLength() < 63 ? DecimalToBinary.bits(format, decimal.digits.longValue(),
                        decimal.exponent) : DecimalToBinary.bits(format, decimal.digits, decimal.exponent);
        return decimal.negative ? bits | signBit : bits;
    }

    /** ±digits x 10^exponent; digits null for infinity. */
    private record Decimal(boolean negative, BigInteger digits, int exponent) {
    }

    /** The decimal that {@code text} spells, or null when it spells none. */
    private static Decimal scan(String text) {
        int i = 0;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i++) == '-';
        }
        if (text.startsWith("Infinity", i) && i + 8 == text.length()) {
            return new Decimal(negative, null, 0);
        }
        DigitRun mantissa = DigitRun.read(text, i, MAX_DIGITS);
        if (mantissa == null) {
            return null;
        }
        Long exponent = exponent(text, mantissa.end());
        if (exponent == null) {
            return null;
        }
        long total = Math.max(-2L * MAX_EXPONENT, Math.min(2L * MAX_EXPONENT, exponent + mantissa.exponent()));
        return new Decimal(negative, mantissa.digits(), (int) total);
    }

    /**
     * The exponent part from {@code i} to the end ({@code [eE][+-]?\d+}, or nothing for 0), its size capped at
     * MAX_EXPONENT; null when the rest of the text is something else.
     */
    private static Long exponent(String text, int i) {
        if (i == text.length()) {
            return 0L;
        }
        if (text.charAt(i) != 'e' && text.charAt(i) != 'E') {
            return null;
        }
        boolean negative = i + 1 < text.length() && text.charAt(i + 1) == '-';
        int start = i + 1 < text.length() && (negative || text.charAt(i + 1) == '+') ? i + 2 : i + 1;
        long exponent = 0;
        for (int k = start; k < text.length(); k++) {
            if (!isDigit(text.charAt(k))) {
                return null;
            }
            exponent = Math.min(exponent * 10 + (text.charAt(k) - '0'), MAX_EXPONENT);
        }
        return start == text.length() ? null : negative ? -exponent : exponent;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
