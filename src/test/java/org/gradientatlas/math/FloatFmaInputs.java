package org.gradientatlas.math;

import java.util.SplittableRandom;

/** The float counterpart of {@link FmaInputs}: triples of the same kinds, in float's ranges. */
final class FloatFmaInputs {
    private static final float[] SPECIALS = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL,
        -Float.MIN_NORMAL, Math.nextDown(Float.MIN_NORMAL), Float.MAX_VALUE, -Float.MAX_VALUE,
        Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 1f, -1f, 0x1p-75f, 0x1p63f,
        Math.nextUp(1f), Math.nextDown(1f), 0x1p127f, 3 * Float.MIN_VALUE};

    private FloatFmaInputs() {
    }

    /** Fills abc with one float triple of the given kind. */
    static void next(FmaInputs kind, SplittableRandom random, float[] abc) {
        switch (kind) {
            case BIT_PATTERNS -> {
                for (int i = 0; i < 3; i++) {
                    abc[i] = Float.intBitsToFloat(random.nextInt());
                }
            }
            case CANCELLATION -> {
                abc[0] = randomFloat(random, random.nextInt(-60, 60));
                abc[1] = randomFloat(random, random.nextInt(-60, 60));
                float p = abc[0] * abc[1];
                abc[2] = -Float.intBitsToFloat(Float.floatToRawIntBits(p) + random.nextInt(-4, 5));
            }
            case SUBNORMAL -> scaled(random, abc, -175, -120);
            case OVERFLOW -> scaled(random, abc, 120, 129);
            case TIES -> {
                int e = random.nextInt(-160, 120);
                abc[0] = Math.scalb((float) (random.nextInt(1, 1 << 13) * sign(random)), e / 2);
                abc[1] = Math.scalb((float) random.nextInt(1, 1 << 13), e - e / 2);
                abc[2] = Math.scalb((float) (random.nextInt(1, 1 << 24) * sign(random)), e + random.nextInt(-10, 30));
            }
            case SPECIAL -> {
                for (int i = 0; i < 3; i++) {
                    abc[i] = random.nextInt(3) == 0 ? randomFloat(random, random.nextInt(-149, 128))
                            : SPECIALS[random.nextInt(SPECIALS.length)];
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private static void scaled(SplittableRandom random, float[] abc, int lo, int hi) {
        int productExponent = random.nextInt(lo, hi);
        int aExponent = random.nextInt(Math.max(-149, productExponent - 127), Math.min(127, productExponent + 149));
        abc[0] = randomFloat(random, aExponent);
        abc[1] = randomFloat(random, Math.max(-149, Math.min(127, productExponent - aExponent)));
        abc[2] = randomFloat(random, Math.max(-149, Math.min(127, productExponent + random.nextInt(-30, 30))));
    }

    /** A float with a random 24-bit significand and sign, of exponent e (rounded if subnormal). */
    private static float randomFloat(SplittableRandom random, int e) {
        float significand = 1 + (random.nextInt() >>> 9) * 0x1p-23f;
        return sign(random) * Math.scalb(significand, e);
    }

    private static int sign(SplittableRandom random) {
        return random.nextBoolean() ? 1 : -1;
    }
}
