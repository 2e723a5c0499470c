package org.gradientatlas.recipe.lecture;

import org.gradientatlas.surface.LossSurface;
import org.gradientatlas.surface.PathologicalCurvatureSurface;

/** Seed 001's six optimizer runs on the "Pathological curvature" surface, over the range the runs span. */
public final class PathologicalCurvatureTrajectoriesRecipe extends OptimizerTrajectoriesRecipe {
    @Override
    public String id() {
        return "pathological-curvature-trajectories";
    }

    @Override
    public String title() {
        return "Pathological curvature";
    }

    @Override
    public Params defaultParams() {
        return new Params(10, 0.9, 0.1, 5, 5, 100, 100, true, -5, 5, -5, 5);
    }

    @Override
    LossSurface surface() {
        return new PathologicalCurvatureSurface();
    }

    @Override
    String formula() {
        return PathologicalCurvatureSurfaceRecipe.FORMULA;
    }
}
