package org.gradientatlas.math;

/** An unsigned 128-bit integer hi 2^64 + lo, with the few operations the exact fma needs. */
record UInt128(long hi, long lo) {
    private static final long LOW_32 = 0xffffffffL;

    /** The exact product of a and b, both below 2^63 (here, double significands below 2^53). */
    static UInt128 product(long a, long b) {
        long aHi = a >>> 32;
        long aLo = a & LOW_32;
        long bHi = b >>> 32;
        long bLo = b & LOW_32;
        long low = aLo * bLo; // below 2^64, read as unsigned
        long middle = aLo * bHi + aHi * bLo; // below 2^54 for significands
        long lo = low + (middle << 32);
        long carry = unsignedLess(lo, low) ? 1 : 0;
        return new UInt128(aHi * bHi + (middle >>> 32) + carry, lo);
    }

    int bitLength() {
        return hi != 0 ? 128 - Long.numberOfLeadingZeros(hi) : 64 - Long.numberOfLeadingZeros(lo);
    }

    boolean isZero() {
        return hi == 0 && lo == 0;
    }

    /** this 2^n for 0 <= n < 128; the caller keeps the result below 2^128. */
    UInt128 shiftLeft(int n) {
        if (n == 0) {
            return this;
        }
        if (n >= 64) {
            return new UInt128(lo << (n - 64), 0);
        }
        return new UInt128(hi << n | lo >>> (64 - n), lo << n);
    }

    /**
     * floor(this 2^-n) for n >= 0, with its last bit set if any bit shifted out was 1 ("sticky" bit): the
     * result is then odd and within 1 of the exact quotient, which keeps roundings at 2 bits or more above
     * the last one exact.
     */
    UInt128 shiftRightSticky(int n) {
        if (n == 0) {
            return this;
        }
        if (n >= 128) {
            return new UInt128(0, isZero() ? 0 : 1);
        }
        if (n >= 64) {
            boolean lost = lo != 0 || (hi & lowMask(n - 64)) != 0;
            return new UInt128(0, hi >>> (n - 64) | (lost ? 1 : 0));
        }
        boolean lost = (lo & lowMask(n)) != 0;
        return new UInt128(hi >>> n, (lo >>> n | hi << (64 - n)) | (lost ? 1 : 0));
    }

    /** this + o; the caller keeps the sum below 2^128. */
    UInt128 plus(UInt128 o) {
        long sum = lo + o.lo;
        return new UInt128(hi + o.hi + (unsignedLess(sum, lo) ? 1 : 0), sum);
    }

    /** this - o, for this >= o. */
    UInt128 minus(UInt128 o) {
        long difference = lo - o.lo;
        return new UInt128(hi - o.hi - (unsignedLess(lo, o.lo) ? 1 : 0), difference);
    }

    boolean lessThan(UInt128 o) {
        return hi != o.hi ? unsignedLess(hi, o.hi) : unsignedLess(lo, o.lo);
    }

    private static long lowMask(int bits) {
        return (1L << bits) - 1; // bits < 64
    }

    private static boolean unsignedLess(long a, long b) {
        return (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE);
    }
}
