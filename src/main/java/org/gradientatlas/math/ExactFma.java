package org.gradientatlas.math;

/**
 * Fused multiply-add a b + c rounded once to nearest (ties to even), as Math.fma, for every input:
 * subnormals, overflow, signed zeros, infinities and NaN. TeaVM's class library has no Math.fma.
 *
 * <p>double: the product of the two 53-bit significands is formed exactly in 128-bit integer arithmetic,
 * the addend aligned to it (bits shifted out kept as a sticky bit, {@link UInt128#shiftRightSticky}), and
 * the exact sum rounded by {@link BinaryRounding}. float: the product of two floats is exact in double
 * (48 significant bits), the sum is a double s plus its exact error (TwoSum); s rounds to the right float
 * unless it lies exactly on a float rounding midpoint, where the sign of the error decides.
 */
public final class ExactFma {
    /** Bits of the aligned operands: the larger one's leading bit goes to bit 125, two bits below 2^128. */
    private static final int ALIGNED_BITS = 126;
    /** 2^128 - 2^103, the float overflow threshold: the midpoint between Float.MAX_VALUE and 2^128. */
    private static final double FLOAT_OVERFLOW = 0x1.ffffffp127;

    private ExactFma() {
    }

    /** a b + c with a single rounding, equal to Math.fma(a, b, c). */
    public static double fma(double a, double b, double c) {
        if (a - a != 0 || b - b != 0) {
            return a * b + c; // the exact product is an infinity or NaN
        }
        if (c - c != 0) {
            return c; // an infinity or NaN plus a finite product
        }
        if (a == 0 || b == 0) {
            return a * b + c; // an exact zero product: the sum rules give the sign of a zero result
        }
        if (c == 0) {
            return a * b; // a nonzero exact product, rounded once; a zero c cannot change it
        }
        UInt128 p = UInt128.product(significand(a), significand(b));
        int pExponent = exponent(a) + exponent(b);
        UInt128 q = new UInt128(0, significand(c));
        boolean pNegative = (a < 0) != (b < 0);
        if (pExponent + p.bitLength() >= exponent(c) + q.bitLength()) {
            return sum(p, pExponent, pNegative, q, exponent(c), c < 0);
        }
        return sum(q, exponent(c), c < 0, p, pExponent, pNegative);
    }

    /** a b + c with a single rounding, equal to Math.fma(a, b, c) for floats. */
    public static float fma(float a, float b, float c) {
        double p = (double) a * b; // exact
        double s = p + c;
        double err = DoubleDouble.sumError(p, c, s); // p + c = s + err exactly; NaN if s is not finite
        if (err == 0 || err != err || !onFloatMidpoint(s)) {
            return (float) s; // no float rounding boundary lies strictly between s and s + err
        }
        return (float) nextToward(s, err);
    }

    /** big 2^bigExp +- small 2^smallExp rounded, where big's leading bit is not below small's. */
    private static double sum(UInt128 big, int bigExp, boolean bigNegative,
                              UInt128 small, int smallExp, boolean smallNegative) {
        int shift = ALIGNED_BITS - big.bitLength();
        UInt128 x = big.shiftLeft(shift); // at least 20 zero bits at the end: x is even
        int unit = bigExp - shift;
        int offset = smallExp - unit;
        UInt128 y = offset >= 0 ? small.shiftLeft(offset) : small.shiftRightSticky(-offset);
        UInt128 r;
        boolean negative = bigNegative;
        if (bigNegative == smallNegative) {
            r = x.plus(y);
        } else if (y.lessThan(x)) {
            r = x.minus(y); // with a sticky y (below 2^105): odd and within 1 of the exact difference
        } else {
            r = y.minus(x); // y was not shifted right: exact
            negative = smallNegative;
        }
        return r.isZero() ? 0.0 : rounded(r, unit, negative);
    }

    /** r 2^unit rounded: r is first cut to 62 bits with a sticky bit, then rounded to 53 or fewer. */
    private static double rounded(UInt128 r, int unit, boolean negative) {
        int excess = Math.max(0, r.bitLength() - 62);
        return BinaryRounding.toDouble(r.shiftRightSticky(excess).lo(), unit + excess, negative);
    }

    /** The significand of a finite double as an integer below 2^53 (subnormals included). */
    private static long significand(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long fraction = bits & ((1L << 52) - 1);
        return (bits & 0x7ff0000000000000L) == 0 ? fraction : fraction | 1L << 52;
    }

    /** The exponent of the last bit of significand(x): x = +-significand(x) 2^exponent(x). */
    private static int exponent(double x) {
        int field = (int) (Double.doubleToRawLongBits(x) >>> 52) & 0x7ff;
        return Math.max(field, 1) - 1075;
    }

    /** Whether the nonzero finite double s lies exactly halfway between two floats (or at 2^128 - 2^103). */
    private static boolean onFloatMidpoint(double s) {
        float f = (float) s;
        if (f - f != 0) {
            return Math.abs(s) == FLOAT_OVERFLOW;
        }
        if (f == s) {
            return false;
        }
        int bits = Float.floatToRawIntBits(f);
        boolean awayFromZero = Math.abs(s) > Math.abs(f);
        float g = Float.intBitsToFloat(awayFromZero ? bits + 1 : bits - 1); // the float on s's other side
        return g - g == 0 && ((double) f + g) * 0.5 == s; // exact: two adjacent floats, halved
    }

    /** The double next to the nonzero finite s in the direction of the sign of err. */
    private static double nextToward(double s, double err) {
        long bits = Double.doubleToRawLongBits(s);
        return Double.longBitsToDouble((s > 0) == (err > 0) ? bits + 1 : bits - 1);
    }
}
