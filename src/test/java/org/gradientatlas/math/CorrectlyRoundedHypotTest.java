package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * hypot against mpmath rounded to nearest, and against exact roots of exact sums of squares where the result
 * is a double or exactly halfway between two (reference/correctly-rounded-hypot.csv), bit for bit.
 */
class CorrectlyRoundedHypotTest {
    private static final FunctionReference REFERENCE = FunctionReference.load("hypot");

    @Test
    void everyReferenceValueIsCorrectlyRounded() {
        assertThat(REFERENCE.assertMatches(CorrectlyRoundedHypot::hypot)).isGreaterThan(3400);
        assertThat(REFERENCE.assertMatches((x, y) -> CorrectlyRoundedHypot.hypot(y, -x))).isGreaterThan(3400);
    }

    @Test
    void coversTheInputKindsAndExactMidpoints() {
        assertThat(REFERENCE.categories()).containsOnlyKeys("gradient", "random-wide", "random-near", "subnormal",
                "huge", "pythagorean", "exact-midpoint", "special", "hard");
        // 200 (A, B) with A^2 + B^2 = C^2, C an odd 54-bit integer: each root is exactly a rounding midpoint
        assertThat(REFERENCE.categories().get("exact-midpoint")).isEqualTo(200);
        assertThat(REFERENCE.categories().get("hard")).isGreaterThan(20);
    }

    @Test
    void specialValuesAsStrictMath() {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0,
            -3.0, Double.MIN_VALUE, Double.MAX_VALUE};
        for (double x : specials) {
            for (double y : specials) {
                assertThat(CorrectlyRoundedHypot.hypot(x, y)).as("hypot(%s, %s)", x, y)
                        .isEqualTo(Double.valueOf(StrictMath.hypot(x, y)));
            }
        }
    }
}
