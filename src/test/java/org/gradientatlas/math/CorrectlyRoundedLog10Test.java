package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** log10 against mpmath rounded to nearest (reference/correctly-rounded-log10.csv), bit for bit. */
class CorrectlyRoundedLog10Test {
    private static final FunctionReference REFERENCE = FunctionReference.load("log10");

    @Test
    void everyReferenceValueIsCorrectlyRounded() {
        assertThat(REFERENCE.assertMatches((x, y) -> CorrectlyRoundedLog10.log10(x))).isGreaterThan(6000);
    }

    @Test
    void theBigDecimalPathAgreesOnItsOwn() {
        int checked = REFERENCE.assertMatches(FunctionReference.sample(),
                (x, y) -> CorrectlyRoundedLog10.log10Big(x));
        assertThat(checked).isGreaterThan(2000);
    }

    @Test
    void coversTheInputKinds() {
        assertThat(REFERENCE.categories()).containsOnlyKeys("random-axis", "random-unit", "random-bits",
                "power-of-ten", "near-one", "subnormal", "extreme", "hard");
        assertThat(REFERENCE.categories().get("hard")).isGreaterThan(20);
    }

    @Test
    void specialValuesAndPowersOfTenAsStrictMath() {
        double[] specials = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            -Double.MIN_VALUE, 1.0};
        for (double x : specials) {
            assertThat(CorrectlyRoundedLog10.log10(x)).as("log10(%s)", x)
                    .isEqualTo(Double.valueOf(StrictMath.log10(x)));
        }
        double power = 1;
        for (int n = 0; n <= 22; n++, power *= 10) { // 10^n is exact up to 10^22
            assertThat(CorrectlyRoundedLog10.log10(power)).isEqualTo(n).isEqualTo(StrictMath.log10(power));
        }
    }
}
