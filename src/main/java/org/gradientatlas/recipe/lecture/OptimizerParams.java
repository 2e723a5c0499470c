package org.gradientatlas.recipe.lecture;

import org.gradientatlas.recipe.ParameterRange;

/** The range checks the surface and trajectory figures' parameter records share. */
public final class OptimizerParams {
    private OptimizerParams() {
    }

    static void check(double learningRate, double momentum, double rmspropAlpha, double initW1, double initW2,
                      int updates, int gridDivisions) {
        ParameterRange.positive("learningRate", learningRate);
        // The Nesterov run needs momentum > 0 (torch.optim.SGD refuses nesterov with momentum 0).
        ParameterRange.positive("momentum", momentum);
        ParameterRange.between("momentum", momentum, 0, 1);
        ParameterRange.between("rmspropAlpha", rmspropAlpha, 0, 1);
        ParameterRange.finite("initW1", initW1);
        ParameterRange.finite("initW2", initW2);
        ParameterRange.between("updates", updates, 1, ParameterRange.MAX_UPDATES);
        ParameterRange.between("gridDivisions", gridDivisions, 1, ParameterRange.MAX_GRID_DIVISIONS);
    }

    static void checkRange(double xMin, double xMax, double yMin, double yMax) {
        ParameterRange.ordered("xMin", xMin, "xMax", xMax);
        ParameterRange.ordered("yMin", yMin, "yMax", yMax);
    }
}
