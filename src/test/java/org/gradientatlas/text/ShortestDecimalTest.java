package org.gradientatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShortestDecimalTest {

    @Test
    void findsTheDecimalsJavaWrites() {
        assertThat(ShortestDecimal.of(0.1)).isEqualTo(new ShortestDecimal(false, 1, -1));
        assertThat(ShortestDecimal.of(-1250.0)).isEqualTo(new ShortestDecimal(true, 125, 1));
        assertThat(ShortestDecimal.of(0.1 + 0.2)).isEqualTo(new ShortestDecimal(false, 30000000000000004L, -17));
        // JDK 17's Double.toString says 9.999999999999999E22
        assertThat(ShortestDecimal.of(1e23)).isEqualTo(new ShortestDecimal(false, 1, 23));
        assertThat(ShortestDecimal.of(Double.MIN_VALUE)).isEqualTo(new ShortestDecimal(false, 49, -325)); // two digits
        assertThat(ShortestDecimal.of(Double.MAX_VALUE)).isEqualTo(new ShortestDecimal(false, 17976931348623157L, 292));
        assertThat(ShortestDecimal.of(-0.0)).isEqualTo(new ShortestDecimal(true, 0, 0));
        assertThat(ShortestDecimal.of(0.1f)).isEqualTo(new ShortestDecimal(false, 1, -1));
        assertThat(ShortestDecimal.of(Float.MIN_VALUE)).isEqualTo(new ShortestDecimal(false, 14, -46));
        assertThat(ShortestDecimal.of(16777216f)).isEqualTo(new ShortestDecimal(false, 16777216, 0));
        assertThat(ShortestDecimal.of(1.25e-7).leadingExponent()).isEqualTo(-7);
        assertThat(ShortestDecimal.text(-1.25e-7)).isEqualTo("-1.25e-7");
        assertThat(ShortestDecimal.text(0.1f)).isEqualTo("0.1");
        assertThat(ShortestDecimal.text(Float.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(ShortestDecimal.text(-0.0f)).isEqualTo("-0");
    }

    @Test
    void agreesWithJacksonOnEdgesAndOnRandomValues() {
        List<String> differences = new ArrayList<>();
        for (long bits = 1; bits < 20_000; bits++) {
            differences.add(NumberTextAgreement.shortest(Double.longBitsToDouble(bits)));
            differences.add(NumberTextAgreement.shortest(Float.intBitsToFloat((int) bits)));
        }
        for (long exponent = 0; exponent < 2047; exponent++) {
            for (long fraction : new long[] {0, 1, 2, 3, (1L << 52) - 1}) {
                differences.add(NumberTextAgreement.shortest(Double.longBitsToDouble(exponent << 52 | fraction)));
            }
        }
        for (int exponent = 0; exponent < 255; exponent++) {
            for (int fraction : new int[] {0, 1, 7, 8, (1 << 23) - 1}) {
                differences.add(NumberTextAgreement.shortest(Float.intBitsToFloat(exponent << 23 | fraction)));
            }
        }
        NumberCases cases = new NumberCases(17);
        for (long i = 0; i < 200_000; i++) {
            differences.add(NumberTextAgreement.shortest(cases.nextDouble(i)));
            differences.add(NumberTextAgreement.shortest(cases.nextFloat(i)));
        }
        assertThat(differences.stream().filter(d -> d != null)).isEmpty();
    }

    @Test
    void theIntegerLogarithmsAreExactWhereTheyAreUsed() {
        // q, the binary exponent of a double's last bit, is in [-1075, 971]; k, the decimal one, in [-324, 292].
        for (int e = -1100; e <= 1000; e++) {
            assertThat(PowersOfTen.flog10pow2(e)).as("flog10pow2(%d)", e).isEqualTo(floorLog10(1, e));
            assertThat(PowersOfTen.flog10threeQuartersPow2(e)).as("flog10threeQuartersPow2(%d)", e)
                    .isEqualTo(floorLog10(3, e - 2));
        }
        for (int e = -330; e <= 330; e++) {
            int log2 = e >= 0 ? BigInteger.TEN.pow(e).bitLength() - 1 : -BigInteger.TEN.pow(-e).bitLength();
            assertThat(PowersOfTen.flog2pow10(e)).as("flog2pow10(%d)", e).isEqualTo(log2);
        }
    }

    /** floor(log10(m 2^e)) for a small m > 0 that is not a power of ten: m 2^-n = m 5^n / 10^n. */
    private static int floorLog10(int m, int e) {
        BigInteger big = BigInteger.valueOf(m);
        return e >= 0 ? big.shiftLeft(e).toString().length() - 1
                : big.multiply(BigInteger.valueOf(5).pow(-e)).toString().length() - 1 + e;
    }

    @Test
    void multipliesHighAsTheJdkDoes() {
        SplittableRandom random = new SplittableRandom(5);
        long[] edges = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, (1L << 32) - 1, 1L << 62};
        for (long x : edges) {
            for (long y : edges) {
                assertThat(PowersOfTen.multiplyHigh(x, y)).isEqualTo(Math.multiplyHigh(x, y));
            }
        }
        for (int i = 0; i < 100_000; i++) {
            long x = random.nextLong();
            long y = random.nextLong();
            assertThat(PowersOfTen.multiplyHigh(x, y)).isEqualTo(Math.multiplyHigh(x, y));
        }
    }
}
