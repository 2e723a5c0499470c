package org.gradientatlas.recipe.subgd;

/** Seed 000 cell 8. */
public final class PerlinGdARecipe extends PerlinDescentRecipe {
    @Override
    public String id() {
        return "perlin-gd-a";
    }

    @Override
    public String title() {
        return "Gradient descent on Perlin noise, from (0.58, 0.63)";
    }

    @Override
    public Params defaultParams() {
        return new Params(50, 100, 6, 0.5, 2, 1024, 42, 0.01, 1e-3, 0.58, 0.63, 80, 0);
    }

    @Override
    String seriesName() {
        return "gdA";
    }
}
