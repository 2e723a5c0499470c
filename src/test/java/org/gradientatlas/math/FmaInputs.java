package org.gradientatlas.math;

import java.util.SplittableRandom;

/**
 * Input triples (a, b, c) for comparing ExactFma with Math.fma, by kind: uniform bit patterns, products that
 * nearly cancel c, subnormal and overflowing ranges, exact ties, and special values. Shared by
 * ExactFmaTest (a few hundred thousand) and FmaComparison (the long tool run).
 */
enum FmaInputs {
    /** Any bit pattern: every exponent, NaN and infinities included. */
    BIT_PATTERNS,
    /** c close to -a b: massive cancellation, the result made of the product's low bits. */
    CANCELLATION,
    /** Products and addends around the subnormal range, where the result's precision shrinks. */
    SUBNORMAL,
    /** Products and addends near the overflow threshold. */
    OVERFLOW,
    /** Small-integer significands: many exact results and results exactly halfway between two doubles. */
    TIES,
    /** Operands drawn from zeros, infinities, NaN, extremes and their neighbours, with random others. */
    SPECIAL;

    private static final double[] SPECIALS = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        -Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0, 0x1p-537, 0x1p511,
        Math.nextUp(1.0), Math.nextDown(1.0), 0x1p1023, 0x1p-1074 * 3};

    /** Fills abc with one triple of this kind. */
    void next(SplittableRandom random, double[] abc) {
        switch (this) {
            case BIT_PATTERNS -> {
                abc[0] = Double.longBitsToDouble(random.nextLong());
                abc[1] = Double.longBitsToDouble(random.nextLong());
                abc[2] = Double.longBitsToDouble(random.nextLong());
            }
            case CANCELLATION -> cancellation(random, abc);
            case SUBNORMAL -> scaled(random, abc, -1130, -960);
            case OVERFLOW -> scaled(random, abc, 960, 1024);
            case TIES -> ties(random, abc);
            case SPECIAL -> special(random, abc);
            default -> throw new IllegalStateException();
        }
    }

    private static void cancellation(SplittableRandom random, double[] abc) {
        abc[0] = randomDouble(random, random.nextInt(-600, 600));
        abc[1] = randomDouble(random, random.nextInt(-600, 600));
        double p = abc[0] * abc[1];
        long nudge = random.nextInt(-4, 5);
        abc[2] = -Double.longBitsToDouble(Double.doubleToRawLongBits(p) + nudge);
        if (random.nextBoolean()) {
            abc[2] = -p * (1 + random.nextDouble() * 0x1p-30);
        }
    }

    /** a b with exponent sum in [lo, hi) and c of the same order, random signs. */
    private static void scaled(SplittableRandom random, double[] abc, int lo, int hi) {
        int productExponent = random.nextInt(lo, hi);
        int aExponent = random.nextInt(Math.max(-1074, productExponent - 1023), Math.min(1023, productExponent + 1074));
        abc[0] = randomDouble(random, aExponent);
        abc[1] = randomDouble(random, Math.max(-1074, Math.min(1023, productExponent - aExponent)));
        abc[2] = randomDouble(random, Math.max(-1074, Math.min(1023, productExponent + random.nextInt(-60, 60))));
    }

    private static void ties(SplittableRandom random, double[] abc) {
        int e = random.nextInt(-1100, 1000);
        abc[0] = BinaryRounding.scalb(random.nextLong(1, 1L << 28) * sign(random), e / 2);
        abc[1] = BinaryRounding.scalb(random.nextLong(1, 1L << 28), e - e / 2);
        abc[2] = BinaryRounding.scalb(random.nextLong(1, 1L << 53) * sign(random), e + random.nextInt(-30, 60));
    }

    private static void special(SplittableRandom random, double[] abc) {
        for (int i = 0; i < 3; i++) {
            abc[i] = random.nextInt(3) == 0 ? randomDouble(random, random.nextInt(-1074, 1024))
                    : SPECIALS[random.nextInt(SPECIALS.length)];
        }
    }

    /** A double with a random 53-bit significand and sign, of exponent e (subnormal below -1022). */
    static double randomDouble(SplittableRandom random, int e) {
        double significand = 1 + (random.nextLong() >>> 12) * 0x1p-52;
        return sign(random) * BinaryRounding.scalb(significand, e);
    }

    private static int sign(SplittableRandom random) {
        return random.nextBoolean() ? 1 : -1;
    }
}
