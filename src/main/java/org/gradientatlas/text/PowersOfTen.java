package org.gradientatlas.text;

import java.math.BigInteger;

/**
 * Schubfach's table and integer logarithms (R. Giulietti, "The Schubfach way to render doubles", 2020, sections
 * 9 and 10): for every k in [-324, 292] the 126-bit g with 10^-k = (g - ε) 2^r, 0 < ε <= 1, 2^125 <= g < 2^126,
 * split into its upper and lower 63 bits. Computed once with BigInteger, so the table cannot disagree with its
 * definition.
 */
final class PowersOfTen {
    static final int K_MIN = -324;
    static final int K_MAX = 292;
    private static final long[] G1 = new long[K_MAX - K_MIN + 1];
    private static final long[] G0 = new long[K_MAX - K_MIN + 1];
    private static final BigInteger MASK_63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);

    static {
        for (int k = K_MIN; k <= K_MAX; k++) {
            int shift = 125 - flog2pow10(-k);
            BigInteger power = BigInteger.TEN.pow(Math.abs(k));
            BigInteger floor = k <= 0 ? shiftLeft(power, shift) : BigInteger.ONE.shiftLeft(shift).divide(power);
            BigInteger g = floor.add(BigInteger.ONE);
            G1[k - K_MIN] = g.shiftRight(63).longValue();
            G0[k - K_MIN] = g.and(MASK_63).longValue();
        }
    }

    private PowersOfTen() {
    }

    private static BigInteger shiftLeft(BigInteger value, int shift) {
        return shift >= 0 ? value.shiftLeft(shift) : value.shiftRight(-shift);
    }

    /** The upper 63 bits of g for 10^-k. */
    static long g1(int k) {
        return G1[k - K_MIN];
    }

    /** The lower 63 bits of g for 10^-k. */
    static long g0(int k) {
        return G0[k - K_MIN];
    }

    /** floor(e log10(2)) for |e| <= 5456721 (the constant is floor(log10(2) 2^41)). */
    static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(e log10(2) + log10(3/4)) for |e| <= 1838394. */
    static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** floor(e log2(10)) for |e| <= 1233110 (the constant is floor(log2(10) 2^38)). */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** The upper 64 bits of the 128-bit product of two longs (Math.multiplyHigh, which TeaVM lacks). */
    static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x0 = x & 0xffff_ffffL;
        long y1 = y >> 32;
        long y0 = y & 0xffff_ffffL;
        long low = x0 * y0;
        long middle = x1 * y0 + (low >>> 32);
        long middleLow = (middle & 0xffff_ffffL) + x0 * y1;
        return x1 * y1 + (middle >> 32) + (middleLow >> 32);
    }
}
