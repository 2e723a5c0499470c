package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** tanh against mpmath rounded to nearest (reference/correctly-rounded-tanh.csv), bit for bit. */
class CorrectlyRoundedTanhTest {
    private static final FunctionReference REFERENCE = FunctionReference.load("tanh");

    @Test
    void everyReferenceValueIsCorrectlyRounded() {
        assertThat(REFERENCE.assertMatches((x, y) -> CorrectlyRoundedTanh.tanh(x))).isGreaterThan(4500);
    }

    @Test
    void theBigDecimalPathAgreesOnItsOwn() {
        int checked = REFERENCE.assertMatches(FunctionReference.sample().and(r -> Math.abs(r.x()) >= 0x1p-28
                && Math.abs(r.x()) <= 22), (x, y) -> Math.copySign(CorrectlyRoundedTanh.tanhBig(Math.abs(x)), x));
        assertThat(checked).isGreaterThan(400);
    }

    @Test
    void coversTheInputKinds() {
        assertThat(REFERENCE.categories()).containsOnlyKeys("random-perceptron", "random-float32", "random-log",
                "random-bits", "threshold", "hard");
        assertThat(REFERENCE.categories().get("hard")).isGreaterThan(20); // within 2^-13 ulp of a midpoint
    }

    @Test
    void specialValuesAsStrictMath() {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -0x1p-29, 40.0};
        for (double x : specials) {
            assertThat(CorrectlyRoundedTanh.tanh(x)).as("tanh(%s)", x).isEqualTo(Double.valueOf(StrictMath.tanh(x)));
        }
    }

    @Test
    void isOddAndWithinTwoUlpsOfStrictMath() { // fdlibm's tanh, which StrictMath runs, errs by up to about 2
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            double x = random.nextDouble(-25, 25) * Math.scalb(1.0, -random.nextInt(40));
            double t = CorrectlyRoundedTanh.tanh(x);
            assertThat(CorrectlyRoundedTanh.tanh(-x)).isEqualTo(-t);
            assertThat(Math.abs(t - StrictMath.tanh(x))).as("tanh(%s)", x).isLessThanOrEqualTo(2 * Math.ulp(t));
        }
    }
}
