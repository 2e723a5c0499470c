package org.gradientatlas.browser;

import org.gradientatlas.recipe.Recipe;

/** The seed as the page's field gives it: empty for the recipe's own, else a whole number as {@code --seed} takes. */
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
