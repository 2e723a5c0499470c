package org.gradientatlas.recipe.subgd;

/** Seed 000 cell 9. */
public final class PerlinGdBRecipe extends PerlinDescentRecipe {
    @Override
    public String id() {
        return "perlin-gd-b";
    }

    @Override
    public String title() {
        return "Gradient descent on Perlin noise, from (0.28, 0.36)";
    }

    @Override
    public Params defaultParams() {
        return new Params(50, 100, 6, 0.5, 2, 1024, 42, 0.01, 1e-3, 0.28, 0.36, 200, 0);
    }

    @Override
    String seriesName() {
        return "gdB";
    }
}
