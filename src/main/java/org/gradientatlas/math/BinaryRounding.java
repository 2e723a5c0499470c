package org.gradientatlas.math;

/**
 * Rounds m 2^e, for an integer m, to the nearest double (ties to even) with integer operations only, so that
 * subnormal and overflowing results round exactly as IEEE 754 says. Also x 2^n for a double x, which TeaVM's
 * Math.scalb does not round (it truncates subnormal results and overflows from 2^895 on).
 */
public final class BinaryRounding {
    private static final long MANTISSA_MASK = (1L << 52) - 1;
    /** The exponent of the last bit of the least subnormal, 2^-1074. */
    private static final int MIN_LSB = -1074;
    /** The exponent of the last bit of the largest double, (2^53 - 1) 2^971. */
    private static final int MAX_LSB = 971;

    private BinaryRounding() {
    }

    /** x 2^n rounded to nearest: Math.scalb's result, computed without floating-point scaling. */
    public static double scalb(double x, int n) {
        if (x == 0 || x - x != 0) {
            return x; // zeros, infinities, NaN
        }
        long bits = Double.doubleToRawLongBits(x);
        int field = (int) (bits >>> 52) & 0x7ff;
        long m = bits & MANTISSA_MASK;
        int e = MIN_LSB;
        if (field != 0) {
            m |= 1L << 52;
            e = field - 1075;
        }
        // A wider n than this overflows or underflows any nonzero double either way.
        int scale = Math.max(-2200, Math.min(2200, n));
        return toDouble(m, e + scale, bits < 0);
    }

    /**
     * The double nearest to m 2^e, m in [0, 2^63), negated if negative: correctly rounded for every e, with
     * subnormal results, and infinity from (2 - 2^-53) 2^1023 on.
     */
    static double toDouble(long m, int e, boolean negative) {
        long magnitude = 0;
        if (m != 0) {
            int top = e + 63 - Long.numberOfLeadingZeros(m); // exponent of m's leading bit
            int lsb = Math.max(top - 52, MIN_LSB);
            if (lsb > MAX_LSB) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            long q = roundedShift(m, lsb - e);
            // q < 2^53 is the significand at unit 2^lsb; adding it to the exponent field carries on its own
            // when q reached 2^52 (normal) or 2^53 (rounded up past a power of two), up to infinity.
            magnitude = ((long) (lsb - MIN_LSB) << 52) + q;
        }
        return Double.longBitsToDouble(negative ? magnitude | Long.MIN_VALUE : magnitude);
    }

    /** m 2^-shift rounded to the nearest integer, ties to even; shift <= 0 is an exact left shift. */
    private static long roundedShift(long m, int shift) {
        if (shift <= 0) {
            return m << -shift; // the caller keeps the result below 2^53
        }
        if (shift >= 64) {
            return 0; // m < 2^63 <= 2^(shift - 1): below one half
        }
        long q = m >>> shift;
        long rest = m & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        return rest > half || (rest == half && (q & 1) == 1) ? q + 1 : q;
    }
}
