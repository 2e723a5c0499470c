package org.gradientatlas.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

/**
 * Hard and random inputs for the number text code, shared by the unit tests (a few hundred thousand) and the
 * {@link NumberTextAgreement} tool run (many millions): random bit patterns, subnormals, powers of two and ten, short
 * decimals, and decimals exactly halfway between two neighbouring doubles or floats, or a hair off.
 */
final class NumberCases {
    private final SplittableRandom random;

    NumberCases(long seed) {
        random = new SplittableRandom(seed);
    }

    /** The i-th double of a mix of kinds; finite, any sign. */
    double nextDouble(long i) {
        double v = switch ((int) (i % 8)) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> Double.longBitsToDouble(random.nextLong(1, 1L << 52)); // subnormal
            case 2 -> Double.longBitsToDouble((long) random.nextInt(1, 2047) << 52); // power of two
            case 3 -> DecimalParser.toDouble(false, random.nextLong(1, 1_000_000), random.nextInt(-330, 310));
            case 4 -> (random.nextInt(2_000_001) - 1_000_000) / Math.pow(10, random.nextInt(0, 9));
            case 5 -> (random.nextInt(20_001) - 10_000 + 0.5) / Math.pow(10, random.nextInt(0, 8));
            case 6 -> random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-20, 25));
            default -> Double.longBitsToDouble(random.nextLong(1, 1L << 53) | (long) random.nextInt(900, 1200) << 52);
        };
        return Double.isFinite(v) ? (random.nextBoolean() ? v : -v) : 1.5;
    }

    /** The i-th float of a mix of kinds; finite, any sign. */
    float nextFloat(long i) {
        float v = switch ((int) (i % 4)) {
            case 0 -> Float.intBitsToFloat(random.nextInt());
            case 1 -> Float.intBitsToFloat(random.nextInt(1, 1 << 23));
            case 2 -> Float.intBitsToFloat(random.nextInt(1, 255) << 23);
            default -> (float) ((random.nextInt(200_001) - 100_000) / Math.pow(10, random.nextInt(0, 7)));
        };
        return Float.isFinite(v) ? v : 1.5f;
    }

    /** The i-th decimal text: halfway points of doubles and floats, a hair off them, round and random decimals. */
    String nextDecimal(long i) {
        return switch ((int) (i % 8)) {
            case 0 -> halfway(Double.longBitsToDouble(random.nextLong(1, 0x7fefffffffffffffL)), 0);
            case 1 -> halfway(Double.longBitsToDouble(random.nextLong(1, 1L << 53)), random.nextBoolean() ? 1 : -1);
            case 2 -> halfway(Float.intBitsToFloat(random.nextInt(1, 0x7f7fffff)), random.nextInt(-1, 2));
            case 3 -> new BigDecimal(nextDouble(i)).round(new MathContext(random.nextInt(1, 25))).toString();
            case 4 -> random.nextLong(0, Long.MAX_VALUE) + "e" + random.nextInt(-360, 330);
            case 5 -> Double.toString(nextDouble(i));
            case 6 -> longDecimal();
            default -> (random.nextBoolean() ? "-" : "") + random.nextInt(1000) + "." + random.nextInt(1000)
                    + (random.nextBoolean() ? "e" : "E") + random.nextInt(-400, 400);
        };
    }

    /** The decimal halfway between v and the next double up, or that plus or minus a tiny amount. */
    private String halfway(double v, int nudge) {
        BigDecimal mid = new BigDecimal(v).add(new BigDecimal(Math.nextUp(v))).divide(BigDecimal.valueOf(2));
        return nudged(mid, nudge);
    }

    private String halfway(float v, int nudge) {
        BigDecimal mid = new BigDecimal(v).add(new BigDecimal(Math.nextUp(v))).divide(BigDecimal.valueOf(2));
        return nudged(mid, nudge);
    }

    private static String nudged(BigDecimal mid, int nudge) {
        return mid.add(BigDecimal.valueOf(nudge).movePointLeft(mid.scale() + 5)).toString();
    }

    /** Hundreds of digits, leading zeros, an exponent: past the 800 digits the parser keeps, sometimes. */
    private String longDecimal() {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "0." : "");
        text.append("0".repeat(random.nextInt(0, 30)));
        int digits = random.nextInt(1, 1200);
        for (int d = 0; d < digits; d++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.append('e').append(random.nextInt(-1500, 400)).toString();
    }
}
