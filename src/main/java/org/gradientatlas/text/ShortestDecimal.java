package org.gradientatlas.text;

/**
 * The decimal that Java 19+'s {@code Double.toString} and {@code Float.toString} (and Jackson's copy of them) write
 * for a finite value: of the decimals that read back to the value, the shortest of at least two digits, the one
 * closest to the value, an even last digit on a tie; then without trailing zeros. Found by Schubfach (R. Giulietti,
 * "The Schubfach way to render doubles", 2020), in pure Java that TeaVM compiles.
 *
 * @param negative whether the value's sign bit is set (also for -0.0)
 * @param digits   the significant digits without trailing zeros; 0 for zero
 * @param exponent the value is digits x 10^exponent (0 for zero)
 */
public record ShortestDecimal(boolean negative, long digits, int exponent) {

    /**
     * The shortest text that reads back to the same double, laid out as JavaScript's {@code Number.prototype.toString}
     * (0.0001, 12.5, 1e-7, 1e+21, -0); NaN and infinities as Java spells them. The same on every JDK (unlike
     * {@code Double.toString}, which changed in JDK 19) and in the browser.
     */
    public static String text(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        return v == 0 ? (1 / v < 0 ? "-0" : "0") : JavaScriptLayout.of(of(v));
    }

    /** As {@link #text(double)} for a float's own shortest decimal (0.1f gives "0.1"). */
    public static String text(float v) {
        if (!Float.isFinite(v)) {
            return text((double) v);
        }
        return v == 0 ? text((double) v) : JavaScriptLayout.of(of(v));
    }

    /** The shortest decimal of a finite double. */
    public static ShortestDecimal of(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + text(v));
        }
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & ((1L << 52) - 1);
        int biased = (int) (bits >>> 52) & 0x7ff;
        return biased == 0 && fraction == 0 ? trimmed(bits < 0, 0, 0) : DoubleDigits.of(bits < 0, biased, fraction);
    }

    /** The shortest decimal of a finite float (as float, so 0.1f gives 1 x 10^-1). */
    public static ShortestDecimal of(float v) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + text(v));
        }
        int bits = Float.floatToRawIntBits(v);
        int fraction = bits & ((1 << 23) - 1);
        int biased = (bits >>> 23) & 0xff;
        return biased == 0 && fraction == 0 ? trimmed(bits < 0, 0, 0) : FloatDigits.of(bits < 0, biased, fraction);
    }

    /** digits x 10^exponent without the trailing zeros of digits. */
    static ShortestDecimal trimmed(boolean negative, long digits, int exponent) {
        if (digits == 0) {
            return new ShortestDecimal(negative, 0, 0);
        }
        while (digits % 10 == 0) {
            digits /= 10;
            exponent++;
        }
        return new ShortestDecimal(negative, digits, exponent);
    }

    /** The significant digits as text, e.g. "125" for 1.25e-7. */
    public String digitText() {
        return Long.toString(digits);
    }

    /** The power of ten of the first digit: -7 for 1.25e-7, 2 for 125. */
    public int leadingExponent() {
        return exponent + digitText().length() - 1;
    }

    /** The value as a double, correctly rounded (exact for the decimal of a double). */
    public double toDouble() {
        return DecimalParser.toDouble(negative, digits, exponent);
    }
}
