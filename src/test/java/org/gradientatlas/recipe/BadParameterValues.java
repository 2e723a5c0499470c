package org.gradientatlas.recipe;

import java.lang.reflect.RecordComponent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Values to try for one parameter: NaN, the infinities, zero, negative, huge and tiny numbers, and a few plausible
 * ones near the default (so that an edit is not always rejected at once).
 */
final class BadParameterValues {
    private BadParameterValues() {
    }

    static Arbitrary<Object> of(Recipe<?> recipe, RecordComponent component) {
        Object defaultValue = ParamsEdit.defaultValue(recipe, component);
        if (component.getType() == double.class) {
            return doubles((Double) defaultValue).map(v -> v);
        }
        if (component.getType() == int.class) {
            return ints((Integer) defaultValue).map(v -> v);
        }
        return Arbitraries.of(true, false).map(v -> v);
    }

    private static Arbitrary<Double> doubles(double d) {
        Arbitrary<Double> edges = Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0,
                -0.0, -1.0, 1e300, -1e300, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, -d, d * 1e6);
        Arbitrary<Double> plausible = Arbitraries.of(d / 2, d * 2, d + 1, d - 1);
        return Arbitraries.frequencyOf(Tuple.of(3, edges), Tuple.of(1, plausible));
    }

    private static Arbitrary<Integer> ints(int d) {
        return Arbitraries.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1_000_000_000, 1, 2, Math.max(d / 2, 3),
                d + 1);
    }
}
