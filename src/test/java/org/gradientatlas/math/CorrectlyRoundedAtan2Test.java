package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** atan2 against mpmath rounded to nearest (reference/correctly-rounded-atan2.csv, y then x), bit for bit. */
class CorrectlyRoundedAtan2Test {
    private static final FunctionReference REFERENCE = FunctionReference.load("atan2");

    @Test
    void everyReferenceValueIsCorrectlyRounded() {
        assertThat(REFERENCE.assertMatches(CorrectlyRoundedAtan2::atan2)).isGreaterThan(3500);
    }

    @Test
    void theBigDecimalPathAgreesOnItsOwn() {
        int checked = REFERENCE.assertMatches(FunctionReference.sample().and(r -> r.x() != 0 && r.y() != 0),
                (y, x) -> Math.copySign(CorrectlyRoundedAtan2.atan2Big(Math.abs(y), Math.abs(x), x < 0), y));
        assertThat(checked).isGreaterThan(400);
    }

    @Test
    void coversTheInputKinds() {
        assertThat(REFERENCE.categories()).containsOnlyKeys("perceptron", "random", "random-far-apart",
                "random-bits", "subnormal-result", "extreme", "hard");
        assertThat(REFERENCE.categories().get("hard")).isGreaterThan(20);
    }

    @Test
    void zerosInfinitiesAndNanAsStrictMath() {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0,
            -2.5, Double.MIN_VALUE, -Double.MAX_VALUE};
        for (double y : specials) {
            for (double x : specials) {
                if (Double.isFinite(x) && Double.isFinite(y) && x != 0 && y != 0) {
                    continue; // ordinary values: StrictMath's are not always correctly rounded
                }
                assertThat(CorrectlyRoundedAtan2.atan2(y, x)).as("atan2(%s, %s)", y, x)
                        .isEqualTo(Double.valueOf(StrictMath.atan2(y, x)));
            }
        }
    }
}
