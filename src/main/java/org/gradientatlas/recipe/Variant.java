package org.gradientatlas.recipe;

import java.util.Map;
import org.gradientatlas.figure.Figure;

/**
 * One recipe with checked parameters and a seed, made from text as {@code render --set name=value --seed n} and the
 * browser's controls give it; the browser's way in (pure, no reflection).
 *
 * @param seed from 0 to {@link #MAX_SEED}, numpy's RandomState range
 */
public record Variant<P extends Record>(Recipe<P> recipe, P params, long seed) {
    public static final long MAX_SEED = 0xffffffffL;

    public Variant {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be a whole number from 0 to " + MAX_SEED + ", got " + seed);
        }
    }

    /**
     * The recipe {@code id} with the overrides applied to its defaults, and the seed given as text (empty or null
     * for the recipe's own, or 0 when it has none).
     *
     * @throws IllegalArgumentException one line: an unknown id, a parameter's error as {@code --set} words it (unknown
     *                                  name, wrong kind, out of range), or a bad seed
     */
    public static Variant<?> of(String id, Map<String, String> overrides, String seed) {
        Recipe<?> recipe = RecipeRegistry.find(id).orElseThrow(() -> new IllegalArgumentException("unknown recipe id '"
                + id + "'; the ids are: " + String.join(", ", RecipeRegistry.ids())));
        return of(recipe, overrides, seed);
    }

    private static <P extends Record> Variant<P> of(Recipe<P> recipe, Map<String, String> overrides, String seed) {
        P params = recipe.parameters().apply(recipe.id(), recipe.defaultParams(), overrides);
        return new Variant<>(recipe, params, seed == null || seed.isEmpty() ? recipe.defaultSeed().orElse(0)
                : seed(seed));
    }

    private static long seed(String text) {
        boolean digits = !text.isEmpty() && text.length() <= 10;
        for (int i = 0; i < text.length(); i++) {
            digits &= text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits || Long.parseLong(text) > MAX_SEED) {
            throw new IllegalArgumentException("seed must be a whole number from 0 to " + MAX_SEED + ", got '" + text
                    + "'");
        }
        return Long.parseLong(text);
    }

    public Figure compute() {
        return recipe.compute(params, seed);
    }

    /** Every parameter's value, in declaration order. */
    public Map<String, Object> parameterValues() {
        return recipe.parameters().values(params);
    }
}
