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

    /** The shortest decimal of a finite double. */
    public static ShortestDecimal of(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & ((1L << 52) - 1);
        int biased = (int) (bits >>> 52) & 0x7ff;
        return biased == 0 && fraction == 0 ? trimmed(bits < 0, 0, 0) : DoubleDigits.of(bits < 0, biased, fraction);
    }

    /** The shortest decimal of a finite float (as float, so 0.1f gives 1 x 10^-1). */
    public static ShortestDecimal of(float v) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
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
