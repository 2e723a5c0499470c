package org.gradientatlas.text;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pure number text code against the JDK and Jackson, case by case: {@link ShortestDecimal} against Jackson's
 * Schubfach (the JDK 19+ Double.toString), {@link DecimalParser} against Double.parseDouble and Float.parseFloat,
 * {@link Printf} against String.format. The unit tests run a few hundred thousand cases; the tool run many millions:
 * <pre>tools/number-text-agreement [MILLIONS=20] [SEED=1]</pre>
 */
public final class NumberTextAgreement {
    /** %f digits after the point and %g significant digits compared. */
    static final int[] DECIMALS = {0, 1, 2, 3, 4, 6};
    static final int[] SIGNIFICANT = {1, 2, 3, 4, 6, 12};

    private NumberTextAgreement() {
    }

    public static void main(String[] args) {
        long millions = args.length > 0 ? Long.parseLong(args[0]) : 20;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        List<String> differences = run(millions * 1_000_000, seed);
        differences.stream().limit(50).forEach(System.out::println);
        System.out.println("number-text-agreement: " + millions + " million cases of each kind, seed " + seed
                + ", Java " + Runtime.version() + ": " + differences.size() + " differences");
        System.exit(differences.isEmpty() ? 0 : 1);
    }

    /** Every difference found in {@code count} cases of each kind (digits, parsing, formatting). */
    static List<String> run(long count, long seed) {
        NumberCases cases = new NumberCases(seed);
        List<String> differences = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            double v = cases.nextDouble(i);
            add(differences, shortest(v));
            add(differences, shortest(cases.nextFloat(i)));
            add(differences, parse(cases.nextDecimal(i)));
            if (i % 4 == 0) {
                add(differences, format(v));
            }
        }
        return differences;
    }

    private static void add(List<String> differences, String difference) {
        if (difference != null && differences.size() < 1000) {
            differences.add(difference);
        }
    }

    static String shortest(double v) {
        return v == 0 ? null : same("shortest " + v, ShortestDecimal.of(v), NumberOutput.toString(v, true));
    }

    static String shortest(float v) {
        return v == 0 ? null : same("shortest " + v + "f", ShortestDecimal.of(v), NumberOutput.toString(v, true));
    }

    private static String same(String what, ShortestDecimal mine, String jackson) {
        BigDecimal expected = new BigDecimal(jackson).stripTrailingZeros();
        boolean equal = mine.digits() == expected.unscaledValue().abs().longValueExact()
                && mine.exponent() == -expected.scale() && mine.negative() == jackson.startsWith("-");
        return equal ? null : what + ": " + mine + ", Jackson " + jackson;
    }

    static String parse(String text) {
        double expected = Double.parseDouble(text);
        double actual = DecimalParser.parseDouble(text);
        if (Double.doubleToRawLongBits(actual) != Double.doubleToRawLongBits(expected)) {
            return "parseDouble " + text + ": " + actual + ", JDK " + expected;
        }
        float expectedFloat = Float.parseFloat(text);
        float actualFloat = DecimalParser.parseFloat(text);
        return Float.floatToRawIntBits(actualFloat) == Float.floatToRawIntBits(expectedFloat) ? null
                : "parseFloat " + text + ": " + actualFloat + ", JDK " + expectedFloat;
    }

    /**
     * Formatter rounds the digits of Double.toString, which are the shortest from JDK 19 on; JDK 17's are not always
     * (1e23 is 9.999999999999999E22 there, so %.0f gives 99999999999999990000000, not 100000000000000000000000).
     * On JDK 17 only values whose Double.toString is the shortest decimal are compared: Printf follows JDK 19+.
     */
    static boolean formatterRoundsTheShortestDecimal(double v) {
        if (Runtime.version().feature() >= 19 || v == 0 || !Double.isFinite(v)) {
            return true;
        }
        BigDecimal jdk = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        ShortestDecimal shortest = ShortestDecimal.of(v);
        return jdk.unscaledValue().abs().longValueExact() == shortest.digits() && -jdk.scale() == shortest.exponent();
    }

    static String format(double v) {
        if (!formatterRoundsTheShortestDecimal(v)) {
            return null;
        }
        for (int d : DECIMALS) {
            String expected = String.format(Locale.ROOT, "%." + d + "f", v);
            if (!Printf.fixed(v, d).equals(expected)) {
                return "%." + d + "f of " + v + ": " + Printf.fixed(v, d) + ", JDK " + expected;
            }
        }
        for (int p : SIGNIFICANT) {
            String expected = String.format(Locale.ROOT, "%." + p + "g", v);
            if (!Printf.general(v, p).equals(expected)) {
                return "%." + p + "g of " + v + ": " + Printf.general(v, p) + ", JDK " + expected;
            }
        }
        return null;
    }
}
