package org.gradientatlas.recipe.subgd;

import org.gradientatlas.optim.DescentRun;

/** The caption of subgd-projection: what SubGD is, how the runs were made, and where they end. */
public final class SubgdCaption {
    private SubgdCaption() {
    }

    static String of(SubgdProjectionRecipe.Params p, long seed, SubgdProjectionRecipe.Runs runs, SubgdView view) {
        DescentRun sgd = runs.sgd();
        DescentRun gd = runs.gd();
        int end = sgd.lastInside();
        return "SubGD (subspace gradient descent) restricts every update to a low-dimensional subspace of the"
                + " parameter space. Here, as the seed plans this figure, the subspace is the line from the start of"
                + " noisy SGD to its end: each SGD iterate (orange) projected orthogonally onto that line is a SubGD"
                + " iterate (dark blue); dotted lines join every fifth pair. Plain gradient descent from the same"
                + " start (magenta) for reference. Loss: " + PerlinDescentRecipe.surface(noiseParams(p)) + ", shown"
                + " around the runs (white: outside its domain). All runs: forward finite differences (h = "
                + num(p.finiteDifferenceH()) + "), learning rate " + num(p.learningRate()) + ", " + p.steps()
                + " steps from (" + num(p.startX()) + ", " + num(p.startY()) + "), loss "
                + PerlinCheckFigure.loss(sgd.loss()[0]) + " there. SGD adds one normal(0, "
                + num(p.gradientNoiseStd()) + ") value to both gradient components per step, drawn from numpy's"
                + " RandomState(" + seed + ")" + ending(sgd) + "; its end (" + four(sgd.a()[end]) + ", "
                + four(sgd.b()[end]) + "), loss " + four(sgd.loss()[end]) + ", is where the line ends. GD ends at"
                + " loss " + four(gd.loss()[gd.lastInside()]) + ending(gd) + ". The diamond marks the lowest loss in"
                + " view (" + four(view.optimumLoss()) + "). Map: filled contours in terrain colours; surface at"
                + " opacity " + num(SubgdPanels.SURFACE_ALPHA) + ".";
    }

    private static String ending(DescentRun run) {
        return run.leftDomainAt() < 0 ? "" : "; its step " + run.leftDomainAt() + " would leave the domain, so it"
                + " stops after step " + (run.leftDomainAt() - 1) + ", as the seed's code does";
    }

    private static PerlinDescentRecipe.Params noiseParams(SubgdProjectionRecipe.Params p) {
        return new PerlinDescentRecipe.Params(p.gridSize(), p.scale(), p.octaves(), p.persistence(), p.lacunarity(),
                p.repeat(), p.base(), p.learningRate(), p.finiteDifferenceH(), p.startX(), p.startY(), p.steps(),
                p.gradientNoiseStd());
    }

    private static String num(double v) {
        return PerlinCheckFigure.num(v);
    }

    private static String four(double v) {
        return PerlinCheckFigure.loss(v);
    }
}
