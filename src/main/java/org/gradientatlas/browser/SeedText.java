package org.gradientatlas.browser;

import org.gradientatlas.recipe.Recipe;

/**
 * The seed as the page's field gives it: empty for the recipe's own, else a whole number as {@code --seed} takes, and
 * only for a recipe with a seed of its own (render refuses {@code --seed} for the others; their noise draws with 0).
 */
final class SeedText {
    /** The largest seed, as {@code --seed} allows (NumPy's seeds are 32-bit). */
    static final long MAX = 0xffffffffL;

    private SeedText() {
    }

    static long parse(String text, Recipe<?> recipe) {
        String seed = text.strip();
        if (seed.isEmpty()) {
            return recipe.defaultSeed().orElse(0);
        }
        long value = number(seed, text);
        if (recipe.defaultSeed().isEmpty()) { // as render refuses --seed for it
            throw new IllegalArgumentException("the seed " + seed + ": " + recipe.id() + " uses no randomness, so a"
                    + " seed changes nothing; leave the seed out for it");
        }
        return value;
    }

    private static long number(String seed, String text) {
        if (seed.length() <= 10 && seed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long value = Long.parseLong(seed);
            if (value <= MAX) {
                return value;
            }
        }
        throw new IllegalArgumentException("invalid value '" + text + "' for the seed: expected a whole number from 0 to "
                + MAX);
    }
}
