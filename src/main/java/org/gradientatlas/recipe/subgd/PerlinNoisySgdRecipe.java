package org.gradientatlas.recipe.subgd;

import java.util.OptionalLong;

/** Seed 000 cell 10: gradient noise of std 0.7, drawn from numpy's RandomState(seed) (default 0). */
public final class PerlinNoisySgdRecipe extends PerlinDescentRecipe {
    @Override
    public String id() {
        return "perlin-noisy-sgd";
    }

    @Override
    public String title() {
        return "Noisy SGD on Perlin noise";
    }

    @Override
    public Params defaultParams() {
        return new Params(50, 100, 6, 0.5, 2, 1024, 42, 0.01, 1e-3, 0.28, 0.36, 150, 0.7);
    }

    @Override
    public OptionalLong defaultSeed() {
        return OptionalLong.of(0);
    }

    @Override
    String seriesName() {
        return "sgd";
    }
}
