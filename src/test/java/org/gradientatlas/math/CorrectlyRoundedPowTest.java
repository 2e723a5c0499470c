package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * pow against mpmath rounded to nearest, and against exact powers where x^y is a double or exactly halfway
 * between two (reference/correctly-rounded-pow.csv), bit for bit; StrictMath.pow's special cases.
 */
class CorrectlyRoundedPowTest {
    private static final FunctionReference REFERENCE = FunctionReference.load("pow");
    private static final double[] SPECIALS = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1.5, -1.5, 0x1p53, -0x1p53 - 2,
        0x1p52 + 1, -0x1p52 - 1, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300};

    @Test
    void everyReferenceValueIsCorrectlyRounded() {
        assertThat(REFERENCE.assertMatches(CorrectlyRoundedPow::pow)).isGreaterThan(8500);
    }

    @Test
    void theExactAndBigDecimalPathsAgreeOnTheirOwn() {
        int checked = REFERENCE.assertMatches(FunctionReference.sample().and(r -> r.x() > 0),
                CorrectlyRoundedPow::powBig);
        assertThat(checked).isGreaterThan(2500);
    }

    @Test
    void coversTheInputKindsAndExactMidpoints() {
        assertThat(REFERENCE.categories()).containsOnlyKeys("adam-bias", "axis-pad", "random-moderate",
                "random-wide", "random-near-one", "random-negative-base", "random-bits", "subnormal-result",
                "overflow", "exact-midpoint", "exact", "hard");
        // (m 2^e)^2 for odd 27-bit m: 54-bit odd significands, exactly halfway between two doubles
        assertThat(REFERENCE.categories().get("exact-midpoint")).isEqualTo(300);
        assertThat(REFERENCE.categories().get("hard")).isGreaterThan(20);
    }

    @Test
    void specialCasesAsStrictMath() {
        for (double x : SPECIALS) {
            for (double y : SPECIALS) {
                double expected = StrictMath.pow(x, y);
                double actual = CorrectlyRoundedPow.pow(x, y);
                if (expected == 0 || Double.isInfinite(expected) || Double.isNaN(expected) || Math.abs(y) >= 0x1p52) {
                    assertThat(actual).as("pow(%s, %s)", x, y).isEqualTo(Double.valueOf(expected)); // signed zeros too
                } else { // ordinary values: the same sign, within an ulp (StrictMath is not always exact)
                    assertThat(Math.abs(actual - expected)).as("pow(%s, %s)", x, y)
                            .isLessThanOrEqualTo(Math.ulp(expected));
                }
            }
        }
    }

    @Test
    void exactResults() {
        assertThat(CorrectlyRoundedPow.pow(3, 2)).isEqualTo(9);
        assertThat(CorrectlyRoundedPow.pow(4, 0.5)).isEqualTo(2);
        assertThat(CorrectlyRoundedPow.pow(-2, 3)).isEqualTo(-8);
        assertThat(CorrectlyRoundedPow.pow(-8, 1.0 / 3)).isNaN();
        assertThat(CorrectlyRoundedPow.pow(2, -1074)).isEqualTo(Double.MIN_VALUE);
        assertThat(CorrectlyRoundedPow.pow(2, -1075)).isZero(); // halfway between 0 and 2^-1074: even
        assertThat(CorrectlyRoundedPow.pow(0.5, 1074.5)).isEqualTo(Double.MIN_VALUE); // 2^-1074.5 > 2^-1075
        assertThat(CorrectlyRoundedPow.pow(0x1.0000001p0, 2)).isEqualTo(0x1.0000002p0); // 1 + 2^-27 squared, even
        assertThat(CorrectlyRoundedPow.pow(0x1.0000003p0, 2)).isEqualTo(0x1.0000006p0 + 0x1p-52); // 9 2^-56: up
    }
}
