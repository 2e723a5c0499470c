package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** cos against mpmath rounded to nearest (reference/correctly-rounded-cos.csv), bit for bit. */
class CorrectlyRoundedCosTest {
    private static final FunctionReference REFERENCE = FunctionReference.load("cos");

    @Test
    void everyReferenceValueIsCorrectlyRounded() {
        assertThat(REFERENCE.assertMatches((x, y) -> CorrectlyRoundedCos.cos(x))).isGreaterThan(7500);
    }

    @Test
    void theBigDecimalPathAgreesOnItsOwn() {
        // about 1 ms a call: every tenth random row, every row of the small categories, an eighth of the rest
        int checked = REFERENCE.assertMatches(FunctionReference.sample().and(r -> Math.abs(r.x()) >= 0x1p-27)
                .and(r -> r.category().startsWith("random") || (Double.doubleToLongBits(r.x()) & 7) == 0
                        || r.category().equals("hard") || r.category().equals("threshold")),
                (x, y) -> ShiftedCosine.big(Math.abs(x), 0));
        assertThat(checked).isGreaterThan(900);
    }

    @Test
    void coversTheInputKinds() {
        assertThat(REFERENCE.categories()).containsOnlyKeys("natural-gradient", "random-small", "random-medium",
                "random-large", "random-bits", "near-half-pi-multiple", "threshold", "hard");
        assertThat(REFERENCE.categories().get("hard")).isGreaterThan(20);
    }

    @Test
    void specialValuesAsStrictMath() {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, 0x1p-28};
        for (double x : specials) {
            assertThat(CorrectlyRoundedCos.cos(x)).as("cos(%s)", x).isEqualTo(Double.valueOf(StrictMath.cos(x)));
            assertThat(CorrectlyRoundedCos.cos(-x)).isEqualTo(Double.valueOf(CorrectlyRoundedCos.cos(x)));
        }
    }
}
