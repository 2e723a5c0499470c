package org.gradientatlas.recipe.lecture;

import org.gradientatlas.surface.LossSurface;
import org.gradientatlas.surface.SteepOptimaSurface;

/** Seed 001's "Steep optima" surface (comb_func) in 3-D. */
public final class SteepOptimaSurfaceRecipe extends OptimizerSurfaceRecipe {
    static final String FORMULA = "−N(w; (1, −0.5), 0.2²) − N(w; (−1, 0.5), 0.2²) − N(w; (−0.5, −0.8), 0.2²), three"
            + " narrow Gaussian wells";

    @Override
    public String id() {
        return "steep-optima-surface";
    }

    @Override
    public String title() {
        return "Steep optima";
    }

    @Override
    public Params defaultParams() {
        return new Params(0.05, 0.9, 0.1, 0, 0, 100, 100, -2, 2, -2, 2, -60, 30);
    }

    @Override
    LossSurface surface() {
        return new SteepOptimaSurface();
    }

    @Override
    String formula() {
        return FORMULA;
    }
}
