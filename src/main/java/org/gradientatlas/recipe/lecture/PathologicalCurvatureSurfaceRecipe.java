package org.gradientatlas.recipe.lecture;

import org.gradientatlas.surface.LossSurface;
import org.gradientatlas.surface.PathologicalCurvatureSurface;

/** Seed 001's "Pathological curvature" surface in 3-D. */
public final class PathologicalCurvatureSurfaceRecipe extends OptimizerSurfaceRecipe {
    static final String FORMULA = "tanh(w₁)² + 0.01·|w₁| + sigmoid(w₂)";

    @Override
    public String id() {
        return "pathological-curvature-surface";
    }

    @Override
    public String title() {
        return "Pathological curvature";
    }

    @Override
    public Params defaultParams() {
        return new Params(10, 0.9, 0.1, 5, 5, 100, 100, -5, 5, -5, 5, -60, 30);
    }

    @Override
    LossSurface surface() {
        return new PathologicalCurvatureSurface();
    }

    @Override
    String formula() {
        return FORMULA;
    }
}
