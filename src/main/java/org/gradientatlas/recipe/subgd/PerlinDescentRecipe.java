package org.gradientatlas.recipe.subgd;

import java.util.OptionalLong;
import org.gradientatlas.citation.Work;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.optim.DescentRun;
import org.gradientatlas.optim.FiniteDifferenceDescent;
import org.gradientatlas.random.NumpyRandomState;
import org.gradientatlas.surface.RegularGridLinear;
import org.gradientatlas.recipe.ParameterSource;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;

/**
 * Seed 000 cells 8 to 10: the finite-difference gradient descent on the Perlin-noise surface, plain or with
 * gradient noise, drawn by {@link PerlinCheckFigure}.
 */
public abstract class PerlinDescentRecipe implements Recipe<PerlinDescentRecipe.Params> {
    /**
     * @param gridSize          points per axis; the surface is pnoise2(i / scale, j / scale, ...) at i, j < gridSize
     * @param repeat            pnoise2's repeatx and repeaty
     * @param base              pnoise2's base
     * @param gradientNoiseStd  0 for plain steps ({@code step()}); otherwise {@code noisy_step()} with one
     *                          normal(0, std) draw per step added to both gradient components
     */
    public record Params(int gridSize, double scale, int octaves, double persistence, double lacunarity,
                         double repeat, int base, double learningRate, double finiteDifferenceH, double startX,
                         double startY, int steps, double gradientNoiseStd) {
        public Params {
            PerlinLandscape.checkNoise(scale, persistence, lacunarity, learningRate, finiteDifferenceH);
        }

        /** The components for {@code render --set} and the browser, without reflection (docs/adding-a-recipe.md). */
        public static Params from(ParameterSource<Params> p) {
            return new Params(p.integer("gridSize", Params::gridSize), p.number("scale", Params::scale),
                    p.integer("octaves", Params::octaves), p.number("persistence", Params::persistence),
                    p.number("lacunarity", Params::lacunarity), p.number("repeat", Params::repeat),
                    p.integer("base", Params::base), p.number("learningRate", Params::learningRate),
                    p.number("finiteDifferenceH", Params::finiteDifferenceH), p.number("startX", Params::startX),
                    p.number("startY", Params::startY), p.integer("steps", Params::steps),
                    p.number("gradientNoiseStd", Params::gradientNoiseStd));
        }

        RegularGridLinear loss() {
            return PerlinLandscape.noise(gridSize, scale, octaves, persistence, lacunarity, repeat, base);
        }

        /** The seed's run; noisy runs draw from the numpy-compatible stream of the given seed. */
        DescentRun run(RegularGridLinear loss, long seed) {
            PerlinLandscape.checkStart(loss, gridSize, startX, startY);
            if (!(gradientNoiseStd >= 0 && Double.isFinite(gradientNoiseStd))) {
                throw new IllegalArgumentException("gradientNoiseStd must be finite and >= 0, got "
                        + Numbers.shortest(gradientNoiseStd));
            }
            FiniteDifferenceDescent descent = new FiniteDifferenceDescent(loss, learningRate, finiteDifferenceH);
            return gradientNoiseStd == 0 ? descent.run(startX, startY, steps)
                    : descent.runNoisy(startX, startY, steps, new NumpyRandomState(seed), gradientNoiseStd);
        }
    }

    /** The run's series name in the data file. */
    abstract String seriesName();

    @Override
    public Work work() {
        return Work.SUBGD;
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
        RegularGridLinear loss = p.loss();
        DescentRun run = p.run(loss, seed);
        Long usedSeed = p.gradientNoiseStd() == 0 ? null : seed;
        return PerlinCheckFigure.of(this, p, usedSeed, loss, p.gridSize(), seriesName(), run, caption(p, run, seed));
    }

    static String surface(Params p) {
        return "the Perlin-noise loss surface (noise.pnoise2 at (i / " + num(p.scale()) + ", j / " + num(p.scale())
                + ") for i, j < " + p.gridSize() + ", " + p.octaves() + " octaves, persistence "
                + num(p.persistence()) + ", lacunarity " + num(p.lacunarity()) + ", repeat " + num(p.repeat())
                + ", base " + p.base() + ", linearly interpolated as scipy's RegularGridInterpolator)";
    }

    private static String caption(Params p, DescentRun run, long seed) {
        String method = p.gradientNoiseStd() == 0 ? "Gradient descent"
                : "Noisy SGD (one normal(0, " + num(p.gradientNoiseStd()) + ") value added to both gradient"
                        + " components per step, numpy RandomState(" + seed + "); the seed drew it from an"
                        + " unseeded generator)";
        return method + " on " + surface(p) + ": forward finite differences (h = " + num(p.finiteDifferenceH())
                + "), learning rate " + num(p.learningRate()) + ", " + p.steps() + " steps from (" + num(p.startX())
                + ", " + num(p.startY()) + "); the loss goes from " + PerlinCheckFigure.loss(run.loss()[0]) + " to "
                + PerlinCheckFigure.loss(run.loss()[run.points() - 1]) + "." + PerlinCheckFigure.boundary(run)
                + " Left: filled contours (terrain colours, matplotlib's default levels) with the iterates; right:"
                + " the surface at opacity 0.6 with the iterates at their loss.";
    }

    static String num(double v) {
        return PerlinCheckFigure.num(v);
    }
}
