package org.gradientatlas.math;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The long comparison of ExactFma with Math.fma: MILLIONS million random triples of each kind in FmaInputs,
 * for double and for float, bit for bit. Prints one line per kind (cases, mismatches, ns per call) and the
 * first mismatches; exit status 1 if any. Run by tools/fma-comparison.
 */
public final class FmaComparison {
    private static final int SHOWN_MISMATCHES = 10;

    private FmaComparison() {
    }

    public static void main(String[] args) {
        long perKind = (args.length > 0 ? Long.parseLong(args[0]) : 50) * 1_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        long mismatches = 0;
        long cases = 0;
        for (FmaInputs kind : FmaInputs.values()) {
            mismatches += compareDoubles(kind, new SplittableRandom(seed * 31 + kind.ordinal()), perKind);
            mismatches += compareFloats(kind, new SplittableRandom(seed * 37 + kind.ordinal()), perKind);
            cases += 2 * perKind;
        }
        System.out.printf(Locale.ROOT, "fma-comparison: %d cases, %d mismatches%n", cases, mismatches);
        System.exit(mismatches == 0 ? 0 : 1);
    }

    private static long compareDoubles(FmaInputs kind, SplittableRandom random, long count) {
        double[] abc = new double[3];
        long mismatches = 0;
        long began = System.nanoTime();
        for (long i = 0; i < count; i++) {
            kind.next(random, abc);
            double expected = Math.fma(abc[0], abc[1], abc[2]);
            double actual = ExactFma.fma(abc[0], abc[1], abc[2]);
            if (Double.doubleToLongBits(actual) != Double.doubleToLongBits(expected)
                    && mismatches++ < SHOWN_MISMATCHES) {
                System.out.printf(Locale.ROOT, "MISMATCH double %s fma(%s, %s, %s): %s, Math.fma %s%n", kind,
                        Double.toHexString(abc[0]), Double.toHexString(abc[1]), Double.toHexString(abc[2]),
                        Double.toHexString(actual), Double.toHexString(expected));
            }
        }
        report("double", kind, count, mismatches, began);
        return mismatches;
    }

    private static long compareFloats(FmaInputs kind, SplittableRandom random, long count) {
        float[] abc = new float[3];
        long mismatches = 0;
        long began = System.nanoTime();
        for (long i = 0; i < count; i++) {
            FloatFmaInputs.next(kind, random, abc);
            float expected = Math.fma(abc[0], abc[1], abc[2]);
            float actual = ExactFma.fma(abc[0], abc[1], abc[2]);
            if (Float.floatToIntBits(actual) != Float.floatToIntBits(expected) && mismatches++ < SHOWN_MISMATCHES) {
                System.out.printf(Locale.ROOT, "MISMATCH float %s fma(%s, %s, %s): %s, Math.fma %s%n", kind,
                        Float.toHexString(abc[0]), Float.toHexString(abc[1]), Float.toHexString(abc[2]),
                        Float.toHexString(actual), Float.toHexString(expected));
            }
        }
        report("float", kind, count, mismatches, began);
        return mismatches;
    }

    private static void report(String type, FmaInputs kind, long count, long mismatches, long began) {
        double nsPerCase = (System.nanoTime() - began) / (double) count;
        System.out.printf(Locale.ROOT, "%-6s %-12s %,d cases, %d mismatches (%.1f ns a case with input generation)%n",
                type, kind, count, mismatches, nsPerCase);
    }
}
