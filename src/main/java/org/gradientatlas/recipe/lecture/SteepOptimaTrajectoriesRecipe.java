package org.gradientatlas.recipe.lecture;

import org.gradientatlas.surface.LossSurface;
import org.gradientatlas.surface.SteepOptimaSurface;

/** Seed 001's six optimizer runs on the "Steep optima" surface, over (-2, 2) on both axes. */
public final class SteepOptimaTrajectoriesRecipe extends OptimizerTrajectoriesRecipe {
    @Override
    public String id() {
        return "steep-optima-trajectories";
    }

    @Override
    public String title() {
        return "Steep optima";
    }

    @Override
    public Params defaultParams() {
        return new Params(0.05, 0.9, 0.1, 0, 0, 100, 100, false, -2, 2, -2, 2);
    }

    @Override
    LossSurface surface() {
        return new SteepOptimaSurface();
    }

    @Override
    String formula() {
        return SteepOptimaSurfaceRecipe.FORMULA;
    }
}
