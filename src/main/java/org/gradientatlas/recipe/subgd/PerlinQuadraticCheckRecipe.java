package org.gradientatlas.recipe.subgd;

import java.util.OptionalLong;
import org.gradientatlas.citation.Work;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.optim.DescentRun;
import org.gradientatlas.optim.FiniteDifferenceDescent;
import org.gradientatlas.surface.RegularGridLinear;
import org.gradientatlas.recipe.ParameterRange;
import org.gradientatlas.recipe.ParameterSource;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;

/** Seed 000 cell 7: the finite-difference gradient descent checked on the interpolated quadratic x² + y². */
public final class PerlinQuadraticCheckRecipe implements Recipe<PerlinQuadraticCheckRecipe.Params> {
    /**
     * @param gridSize          points per axis of the grid on linspace(0, 1, gridSize, endpoint=False)
     * @param finiteDifferenceH the forward-difference step h
     */
    public record Params(int gridSize, double learningRate, double finiteDifferenceH, double startX, double startY,
                         int steps) {
        public Params {
            ParameterRange.finite("learningRate", learningRate);
            ParameterRange.positive("finiteDifferenceH", finiteDifferenceH);
        }

        /** The components for {@code render --set} and the browser, without reflection (docs/adding-a-recipe.md). */
        public static Params from(ParameterSource<Params> p) {
            return new Params(p.integer("gridSize", Params::gridSize), p.number("learningRate", Params::learningRate),
                    p.number("finiteDifferenceH", Params::finiteDifferenceH), p.number("startX", Params::startX),
                    p.number("startY", Params::startY), p.integer("steps", Params::steps));
        }
    }

    @Override
    public String id() {
        return "perlin-quadratic-check";
    }

    @Override
    public String title() {
        return "Finite-difference gradient descent on a quadratic";
    }

    @Override
    public Work work() {
        return Work.SUBGD;
    }

    @Override
    public Params defaultParams() {
        return new Params(50, 0.1, 1e-3, 0.8, 0.6, 10);
    }

    @Override
    public Parameters<Params> parameters() {
        return Parameters.of(defaultParams(), Params::from);
    }

    @Override
    public OptionalLong defaultSeed() {
        return OptionalLong.empty();
    }

    @Override
    public Figure compute(Params p, long seed) {
        RegularGridLinear loss = PerlinLandscape.quadratic(p.gridSize());
        PerlinLandscape.checkStart(loss, p.gridSize(), p.startX(), p.startY());
        DescentRun run = new FiniteDifferenceDescent(loss, p.learningRate(), p.finiteDifferenceH())
                .run(p.startX(), p.startY(), p.steps());
        return PerlinCheckFigure.of(this, p, null, loss, p.gridSize(), "quadratic", run, caption(p, run));
    }

    private static String caption(Params p, DescentRun run) {
        return "The seed's check of its gradient descent before it uses the noise surface: x² + y² on a "
                + p.gridSize() + " × " + p.gridSize() + " grid, linearly interpolated as scipy's"
                + " RegularGridInterpolator, minimised from (" + num(p.startX()) + ", " + num(p.startY()) + ") with"
                + " forward finite differences (h = " + num(p.finiteDifferenceH()) + ") and learning rate "
                + num(p.learningRate()) + " for " + p.steps() + " steps; the loss falls from "
                + PerlinCheckFigure.loss(run.loss()[0]) + " to " + PerlinCheckFigure.loss(run.loss()[run.points() - 1])
                + "." + PerlinCheckFigure.boundary(run) + " Left: filled contours (terrain colours, matplotlib's"
                + " default levels) with the iterates; right: the surface at opacity 0.6 with the iterates at their"
                + " loss.";
    }

    private static String num(double v) {
        return PerlinCheckFigure.num(v);
    }
}
