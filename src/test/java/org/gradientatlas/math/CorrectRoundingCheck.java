package org.gradientatlas.math;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleSupplier;

/**
 * The long self-consistency run of the correctly rounded functions: on MILLIONS million random inputs per
 * function (wide ranges and the recipes' ranges), the result equals the one of the independent slower path
 * (the first tries of exp, log and tanh against their double-double paths on every input; every
 * function against its BigDecimal path on 1 input in 2000). Prints one line per check; exit status 1 on any
 * difference. Run by tools/correct-rounding-check.
 */
public final class CorrectRoundingCheck {
    private static final int BIG_DECIMAL_EVERY = 2000;

    private CorrectRoundingCheck() {
    }

    public static void main(String[] args) {
        long count = (long) ((args.length > 0 ? Double.parseDouble(args[0]) : 10) * 1_000_000);
        SplittableRandom r = new SplittableRandom(args.length > 1 ? Long.parseLong(args[1]) : 1);
        long differences = 0;
        differences += check("exp fast/accurate", count, () -> r.nextDouble(-708, 708), null,
                (x, y) -> CorrectlyRoundedExp.exp(x), (x, y) -> CorrectlyRoundedExp.expAccurate(x), 1);
        differences += check("exp recipes", count, () -> r.nextDouble(-12, 4), null,
                (x, y) -> CorrectlyRoundedExp.exp(x), (x, y) -> CorrectlyRoundedExp.expAccurate(x), 1);
        differences += check("log fast/accurate", count, () -> Double.longBitsToDouble(r.nextLong(1, 0x7ffL << 52)),
                null, (x, y) -> CorrectlyRoundedLog.log(x), (x, y) -> CorrectlyRoundedLog.logAccurate(x), 1);
        differences += check("log recipes", count, () -> r.nextDouble(), null,
                (x, y) -> CorrectlyRoundedLog.log(x), (x, y) -> CorrectlyRoundedLog.logAccurate(x), 1);
        differences += check("tanh fast/accurate", count, () -> r.nextDouble(0x1p-28, 22) * (r.nextBoolean() ? 1
                : Math.scalb(1.0, -r.nextInt(24))), null, (x, y) -> CorrectlyRoundedTanh.tanh(x),
                (x, y) -> x < 0x1p-28 ? x : CorrectlyRoundedTanh.tanhAccurate(x), 1);
        differences += check("exp/BigDecimal", count, () -> r.nextDouble(-745, 709.7), null,
                (x, y) -> CorrectlyRoundedExp.exp(x), (x, y) -> CorrectlyRoundedExp.expBig(x), BIG_DECIMAL_EVERY);
        differences += check("log/BigDecimal", count, () -> Math.abs(Double.longBitsToDouble(r.nextLong())), null,
                (x, y) -> CorrectlyRoundedLog.log(x), (x, y) -> x == 0 || x - x != 0 ? CorrectlyRoundedLog.log(x)
                        : CorrectlyRoundedLog.logBig(x), BIG_DECIMAL_EVERY);
        differences += check("log10/BigDecimal", count, () -> Math.exp(r.nextDouble(-744, 709)), null,
                (x, y) -> CorrectlyRoundedLog10.log10(x), (x, y) -> CorrectlyRoundedLog10.log10Big(x),
                BIG_DECIMAL_EVERY);
        differences += check("tanh/BigDecimal", count, () -> r.nextDouble(-22, 22) * Math.scalb(1.0, -r.nextInt(28)),
                null, (x, y) -> CorrectlyRoundedTanh.tanh(x),
                (x, y) -> Math.copySign(CorrectlyRoundedTanh.tanhBig(Math.abs(x)), x), BIG_DECIMAL_EVERY);
        differences += check("pow/BigDecimal", count, () -> Math.exp(r.nextDouble(-40, 40)),
                () -> r.nextDouble(-20, 20), CorrectlyRoundedPow::pow, CorrectlyRoundedPow::powBig, BIG_DECIMAL_EVERY);
        differences += check("cos/BigDecimal", count, () -> r.nextDouble(0x1p-27, 0x1p20), null,
                (x, y) -> CorrectlyRoundedCos.cos(x), (x, y) -> ShiftedCosine.big(x, 0), BIG_DECIMAL_EVERY);
        differences += check("sin/BigDecimal", count, () -> r.nextDouble(0x1p-26, 0x1p20), null,
                (x, y) -> CorrectlyRoundedSin.sin(x), (x, y) -> ShiftedCosine.big(x, 1), BIG_DECIMAL_EVERY);
        differences += check("hypot/exact", count, () -> r.nextDouble(-100, 100), () -> r.nextDouble(-100, 100),
                CorrectlyRoundedHypot::hypot, CorrectRoundingCheck::exactHypot, BIG_DECIMAL_EVERY / 10);
        differences += check("atan2/BigDecimal", count, () -> r.nextDouble(-10, 10), () -> r.nextDouble(-10, 10),
                CorrectlyRoundedAtan2::atan2,
                (y, x) -> Math.copySign(CorrectlyRoundedAtan2.atan2Big(Math.abs(y), Math.abs(x), x < 0), y),
                BIG_DECIMAL_EVERY);
        System.out.printf(Locale.ROOT, "correct-rounding-check: %d differences%n", differences);
        System.exit(differences == 0 ? 0 : 1);
    }

    /** hypot decided on the exact sum of squares, independently of the double-double path. */
    private static double exactHypot(double x, double y) {
        java.math.BigDecimal bx = NearestDouble.exact(x);
        java.math.BigDecimal by = NearestDouble.exact(y);
        return ExactSquareRoot.nearest(bx.multiply(bx).add(by.multiply(by)), Math.sqrt(x * x + y * y));
    }

    /** Compares f with the reference g on count inputs, g only on every every-th (both always run f). */
    private static long check(String name, long count, DoubleSupplier xs, DoubleSupplier ys, DoubleBinaryOperator f,
                              DoubleBinaryOperator g, int every) {
        long differences = 0;
        long compared = 0;
        long began = System.nanoTime();
        for (long i = 0; i < count; i++) {
            double x = xs.getAsDouble();
            double y = ys == null ? 0 : ys.getAsDouble();
            double value = f.applyAsDouble(x, y);
            if (i % every == 0) {
                compared++;
                double expected = g.applyAsDouble(x, y);
                if (Double.doubleToLongBits(value) != Double.doubleToLongBits(expected) && differences++ < 10) {
                    System.out.printf(Locale.ROOT, "DIFFERENCE %s (%s, %s): %s, expected %s%n", name,
                            Double.toHexString(x), Double.toHexString(y), Double.toHexString(value),
                            Double.toHexString(expected));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-18s %,d inputs, %,d compared, %d differences, %.0f s%n", name, count,
                compared, differences, (System.nanoTime() - began) / 1e9);
        return differences;
    }
}
