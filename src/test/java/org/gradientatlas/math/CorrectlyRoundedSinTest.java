package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** sin against mpmath rounded to nearest (reference/correctly-rounded-sin.csv), bit for bit. */
class CorrectlyRoundedSinTest {
    private static final FunctionReference REFERENCE = FunctionReference.load("sin");

    @Test
    void everyReferenceValueIsCorrectlyRounded() {
        assertThat(REFERENCE.assertMatches((x, y) -> CorrectlyRoundedSin.sin(x))).isGreaterThan(3800);
        assertThat(REFERENCE.assertMatches((x, y) -> -CorrectlyRoundedSin.sin(-x))).isGreaterThan(3800); // odd
    }

    @Test
    void theBigDecimalPathAgreesOnItsOwn() {
        int checked = REFERENCE.assertMatches(FunctionReference.sample().and(r -> Math.abs(r.x()) >= 0x1p-26)
                .and(r -> !r.category().equals("near-pi-multiple") || (Double.doubleToLongBits(r.x()) & 7) == 0),
                (x, y) -> x < 0 ? -ShiftedCosine.big(-x, 1) : ShiftedCosine.big(x, 1));
        assertThat(checked).isGreaterThan(900);
    }

    @Test
    void coversTheInputKinds() {
        assertThat(REFERENCE.categories()).containsOnlyKeys("view-angle", "random-small", "random-medium",
                "random-large", "random-bits", "near-pi-multiple", "threshold", "hard");
        assertThat(REFERENCE.categories().get("hard")).isGreaterThan(20);
    }

    @Test
    void specialValuesAsStrictMath() {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, 0x1p-27, -1e-300};
        for (double x : specials) {
            assertThat(CorrectlyRoundedSin.sin(x)).as("sin(%s)", x).isEqualTo(Double.valueOf(StrictMath.sin(x)));
        }
    }
}
