package org.gradientatlas.text;

import java.math.BigInteger;

/**
 * digits x 10^exponent rounded to the nearest double or float, ties to even, as IEEE 754 and
 * {@code Double.parseDouble} round. Small cases take Clinger's fast path (W. D. Clinger, "How to read floating point
 * numbers accurately", PLDI 1990: an exact integer times or divided by an exact power of ten is one correctly rounded
 * operation); the rest are decided exactly with BigInteger.
 */
final class DecimalToBinary {
    /** A binary floating-point format: its significand bits and the exponent of its smallest subnormal. */
    enum Format {
        DOUBLE(53, -1074, 0x7ff0_0000_0000_0000L, 310, -324),
        FLOAT(24, -149, 0x7f80_0000L, 40, -46);

        final int precision;
        final int minExponent;
        final long infinityBits;
        /** Values of 10^maxDecade or more overflow; values below 10^minDecade round to zero. */
        final int maxDecade;
        final int minDecade;

        Format(int precision, int minExponent, long infinityBits, int maxDecade, int minDecade) {
            this.precision = precision;
            this.minExponent = minExponent;
            this.infinityBits = infinityBits;
            this.maxDecade = maxDecade;
            this.minDecade = minDecade;
        }
    }

    /** 10^0 to 10^22: every one exact in a double. */
    private static final double[] EXACT_POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long FAST_MAX_DIGITS = 1L << 53;

    private DecimalToBinary() {
    }

    /** The bits (without sign) of the format's number nearest to digits x 10^exponent, digits >= 0. */
    static long bits(Format format, long digits, int exponent) {
        if (format == Format.DOUBLE && digits < FAST_MAX_DIGITS && Math.abs(exponent) <= 22) {
            double d = digits;
            return Double.doubleToRawLongBits(exponent >= 0 ? d * EXACT_POWERS[exponent]
                    : d / EXACT_POWERS[-exponent]);
        }
        return bits(format, BigInteger.valueOf(digits), exponent);
    }

    /** As {@link #bits(Format, long, int)} for any number of digits. */
    static long bits(Format format, BigInteger digits, int exponent) {
        if (digits.signum() == 0) {
            return 0;
        }
        long decade = (long) digits.toString().length() + exponent; // the value is below 10^decade
        if (decade > format.maxDecade) {
            return format.infinityBits;
        }
        if (decade < format.minDecade) {
            return 0;
        }
        if (exponent >= 0) {
            return rounded(format, digits.multiply(BigInteger.TEN.pow(exponent)), 0, false);
        }
        BigInteger divisor = BigInteger.TEN.pow(-exponent);
        // Enough quotient bits for the significand, a rounding bit and a guard bit.
        int scale = Math.max(0, format.precision + 3 - (digits.bitLength() - divisor.bitLength()));
        BigInteger[] quotient = digits.shiftLeft(scale).divideAndRemainder(divisor);
        return rounded(format, quotient[0], -scale, quotient[1].signum() != 0);
    }

    /**
     * The bits of (q + f) 2^x for an integer q and 0 <= f < 1 (f > 0 when {@code inexact}), rounded to the format's
     * grid: {@code precision} significant bits, none below 2^minExponent.
     */
    private static long rounded(Format format, BigInteger q, int x, boolean inexact) {
        int lsb = Math.max(x + q.bitLength() - format.precision, format.minExponent);
        int shift = lsb - x;
        long kept;
        if (shift <= 0) {
            kept = q.shiftLeft(-shift).longValue();
        } else {
            kept = q.shiftRight(shift).longValue();
            boolean half = q.testBit(shift - 1);
            boolean beyondHalf = inexact || q.getLowestSetBit() < shift - 1;
            if (half && (beyondHalf || (kept & 1) == 1)) {
                kept++;
            }
        }
        long field = lsb - format.minExponent;
        if (field >= format.infinityBits >>> (format.precision - 1)) {
            return format.infinityBits;
        }
        // The significand's top bit adds 1 to the exponent field; a carry out of it (kept = 2^precision) adds 2.
        return Math.min((field << (format.precision - 1)) + kept, format.infinityBits);
    }
}
