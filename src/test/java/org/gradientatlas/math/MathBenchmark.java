package org.gradientatlas.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

/**
 * ns per call of each correctly rounded function and of the JDK function it replaces (StrictMath, or Math.fma),
 * measured side by side in one JVM on inputs from the recipes' ranges: warm-up rounds, then ROUNDS rounds that
 * alternate the two, the median reported. A tool (tools/math-benchmark), not a test: timings depend on the
 * machine and its load.
 */
public final class MathBenchmark {
    private static final int INPUTS = 4096;
    private static final int CALLS_PER_ROUND = 2_000_000;
    private static final int WARM_UP_ROUNDS = 4;
    private static volatile double sink;

    private record Case(String name, String range, double[] x, double[] y, DoubleBinaryOperator ours,
                        DoubleBinaryOperator theirs, String theirName) {
    }

    private MathBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        System.out.printf(Locale.ROOT, "%-10s %-32s %12s %12s %8s%n", "function", "inputs", "ours ns", "JDK ns",
                "ratio");
        for (Case c : cases(new SplittableRandom(11))) {
            double ours = medianNanos(c, c.ours(), rounds);
            double theirs = medianNanos(c, c.theirs(), rounds);
            System.out.printf(Locale.ROOT, "%-10s %-32s %12.1f %12.1f %8.2f  (vs %s)%n", c.name(), c.range(), ours,
                    theirs, ours / theirs, c.theirName());
        }
    }

    private static List<Case> cases(SplittableRandom r) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("exp", "U(-10, 3)", fill(r, -10, 3), null, (x, y) -> CorrectlyRoundedExp.exp(x),
                (x, y) -> StrictMath.exp(x), "StrictMath.exp"));
        cases.add(new Case("log", "U(0, 1)", fill(r, 0, 1), null, (x, y) -> CorrectlyRoundedLog.log(x),
                (x, y) -> StrictMath.log(x), "StrictMath.log"));
        cases.add(new Case("log10", "10^U(-3, 6)", map(fill(r, -3, 6), v -> Math.pow(10, v)), null,
                (x, y) -> CorrectlyRoundedLog10.log10(x), (x, y) -> StrictMath.log10(x), "StrictMath.log10"));
        cases.add(new Case("tanh", "U(-6, 6)", fill(r, -6, 6), null, (x, y) -> CorrectlyRoundedTanh.tanh(x),
                (x, y) -> StrictMath.tanh(x), "StrictMath.tanh"));
        cases.add(new Case("tanh f32", "float U(-10, 10)", map(fill(r, -10, 10), v -> (float) v), null,
                (x, y) -> (float) CorrectlyRoundedTanh.tanh((float) x), (x, y) -> (float) StrictMath.tanh((float) x),
                "StrictMath.tanh"));
        cases.add(new Case("pow", "0.9|0.999 ^ 1..3000", map(fill(r, 0, 1), v -> v < 0.5 ? 0.9 : 0.999),
                map(fill(r, 1, 3000), Math::floor), CorrectlyRoundedPow::pow, StrictMath::pow, "StrictMath.pow"));
        cases.add(new Case("pow", "10^U(0, 8) ^ 0.05", map(fill(r, 0, 8), v -> Math.pow(10, v)),
                map(fill(r, 0, 1), v -> 0.05), CorrectlyRoundedPow::pow, StrictMath::pow, "StrictMath.pow"));
        cases.add(new Case("cos", "pi k / 400", map(fill(r, 0, 401), v -> Math.PI * Math.floor(v) / 400), null,
                (x, y) -> CorrectlyRoundedCos.cos(x), (x, y) -> StrictMath.cos(x), "StrictMath.cos"));
        cases.add(new Case("atan2", "U(-3, 3)^2", fill(r, -3, 3), fill(r, -3, 3), CorrectlyRoundedAtan2::atan2,
                StrictMath::atan2, "StrictMath.atan2"));
        cases.add(new Case("hypot", "U(-100, 100)^2", fill(r, -100, 100), fill(r, -100, 100),
                CorrectlyRoundedHypot::hypot, StrictMath::hypot, "StrictMath.hypot"));
        double[] c = fill(r, -1, 1);
        cases.add(new Case("fma", "U(-1, 1)^3", fill(r, -1, 1), fill(r, -1, 1), (x, y) -> ExactFma.fma(x, y,
                c[Math.abs((int) (x * 1e6)) % INPUTS]), (x, y) -> Math.fma(x, y, c[Math.abs((int) (x * 1e6)) % INPUTS]),
                "Math.fma"));
        cases.add(new Case("fma f32", "float U(-1, 1)^3", fill(r, -1, 1), fill(r, -1, 1),
                (x, y) -> ExactFma.fma((float) x, (float) y, (float) c[Math.abs((int) (x * 1e6)) % INPUTS]),
                (x, y) -> Math.fma((float) x, (float) y, (float) c[Math.abs((int) (x * 1e6)) % INPUTS]),
                "Math.fma"));
        return cases;
    }

    private static double medianNanos(Case c, DoubleBinaryOperator f, int rounds) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            run(c, f);
        }
        double[] nanos = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            nanos[i] = run(c, f);
        }
        Arrays.sort(nanos);
        return nanos[rounds / 2];
    }

    /** ns per call over one round. */
    private static double run(Case c, DoubleBinaryOperator f) {
        double sum = 0;
        long began = System.nanoTime();
        for (int i = 0; i < CALLS_PER_ROUND; i++) {
            int k = i & (INPUTS - 1);
            sum += f.applyAsDouble(c.x()[k], c.y() == null ? 0 : c.y()[k]);
        }
        long elapsed = System.nanoTime() - began;
        sink = sum;
        return elapsed / (double) CALLS_PER_ROUND;
    }

    private static double[] fill(SplittableRandom r, double lo, double hi) {
        double[] v = new double[INPUTS];
        Arrays.setAll(v, i -> r.nextDouble(lo, hi));
        return v;
    }

    private static double[] map(double[] v, java.util.function.DoubleUnaryOperator f) {
        return Arrays.stream(v).map(f).toArray();
    }
}
