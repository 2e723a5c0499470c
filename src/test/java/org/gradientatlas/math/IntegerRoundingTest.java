package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** IntegerRounding against the JVM's Math.rint and Math.round, bit for bit, on ties and their neighbours. */
class IntegerRoundingTest {
    @Test
    void tiesNeighboursAndSpecialValues() {
        double[] values = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
            0x1p52 - 0.5, -0x1p52 + 0.5, 0x1p52, 0x1p52 + 1, 0x1p53 + 2, 1e300, -1e300, Double.MIN_VALUE, -0.3,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9.223372036854776E18, -9.3e18};
        for (double v : values) {
            for (double x : new double[] {v, Math.nextUp(v), Math.nextDown(v)}) {
                assertSame(x);
            }
        }
    }

    @Test
    void randomValuesOfEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            assertSame(random.nextDouble(-10, 10) * Math.scalb(1.0, random.nextInt(-5, 60)));
            assertSame(Math.floor(random.nextDouble(-1e6, 1e6)) + 0.5); // ties
        }
    }

    private static void assertSame(double x) {
        assertThat(IntegerRounding.rint(x)).as("rint(%s)", x).isEqualTo(Double.valueOf(Math.rint(x)));
        assertThat(IntegerRounding.round(x)).as("round(%s)", x).isEqualTo(Math.round(x));
    }
}
