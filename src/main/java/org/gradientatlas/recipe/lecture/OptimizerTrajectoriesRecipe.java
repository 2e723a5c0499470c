package org.gradientatlas.recipe.lecture;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gradientatlas.citation.Work;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.HeatMapLayer;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.surface.LossSurface;
import org.gradientatlas.recipe.ParameterSource;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;

/**
 * Seed 001's map of six optimizer runs on a loss surface: the loss as matplotlib's {@code imshow} with viridis and
 * each run's recorded points as a line with discs, legend at matplotlib's "best" place; plus a colorbar.
 */
public abstract class OptimizerTrajectoriesRecipe implements Recipe<OptimizerTrajectoriesRecipe.Params> {
    /**
     * @param fitRangeToPaths take the map's range from the runs as the seed does (x symmetric about 0 up to the
     *                        largest |w1|, y from the smallest to the largest w2); otherwise xMin..yMax
     */
    public record Params(double learningRate, double momentum, double rmspropAlpha, double initW1, double initW2, int updates,
                  int gridDivisions, boolean fitRangeToPaths, double xMin, double xMax, double yMin, double yMax) {
        public Params {
            OptimizerParams.check(learningRate, momentum, rmspropAlpha, initW1, initW2, updates, gridDivisions);
            OptimizerParams.checkRange(xMin, xMax, yMin, yMax);
        }

        /** The components for {@code render --set} and the browser, without reflection (docs/adding-a-recipe.md). */
        public static Params from(ParameterSource<Params> p) {
            return new Params(p.number("learningRate", Params::learningRate), p.number("momentum", Params::momentum),
                    p.number("rmspropAlpha", Params::rmspropAlpha), p.number("initW1", Params::initW1),
                    p.number("initW2", Params::initW2), p.integer("updates", Params::updates),
                    p.integer("gridDivisions", Params::gridDivisions),
                    p.bool("fitRangeToPaths", Params::fitRangeToPaths), p.number("xMin", Params::xMin),
                    p.number("xMax", Params::xMax), p.number("yMin", Params::yMin), p.number("yMax", Params::yMax));
        }

        OptimizerComparison.Settings settings() {
            return new OptimizerComparison.Settings(learningRate, momentum, rmspropAlpha, initW1, initW2, updates,
                    gridDivisions);
        }
    }

    abstract LossSurface surface();

    abstract String formula();

    @Override
    public Work work() {
        return Work.OPTIMIZER_LECTURE;
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
        Map<String, float[][]> runs = OptimizerComparison.runs(surface(), p.settings());
        double[][] fitted = p.fitRangeToPaths() ? OptimizerComparison.rangeOfPaths(runs, p.gridDivisions()) : null;
        double[][] range = fitted != null ? fitted
                : new double[][] {OptimizerComparison.pythonRange(p.xMin(), p.xMax(), p.gridDivisions()),
                        OptimizerComparison.pythonRange(p.yMin(), p.yMax(), p.gridDivisions())};
        Grid grid = OptimizerComparison.grid(surface(), range[0], range[1]);
        String caption = caption(p, runs) + (p.fitRangeToPaths() && fitted == null ? " The runs span no area (all"
                + " points on one line, overflowing or not finite), so the map shows xMin to xMax and yMin to yMax"
                + " instead." : "");
        FigureData data = new FigureData(id(), title(), caption, source(), null, parameters().values(p),
                OptimizerComparison.metrics(runs), OptimizerComparison.series(runs), Map.of("loss", grid));
        double[] x = {range[0][0], range[0][1]};
        double[] y = {range[1][0], range[1][1]};
        XYPanel panel = new XYPanel(title(), Axis.of("w_1", x[0], x[1], 0), Axis.of("w_2", y[0], y[1], 0),
                List.of(HeatMapLayer.of(grid, "viridis", x[0], x[1], y[0], y[1])), List.of(),
                OptimizerComparison.lines(runs),
                LegendPlacement.BEST, "loss", true);
        return new Figure(data, Canvas.inches(6.4, 4.8), List.of(panel));
    }

    private String caption(Params p, Map<String, float[][]> runs) {
        return "PyTorch's SGD, SGD with momentum " + num(p.momentum()) + ", Nesterov momentum, Adagrad, RMSprop (alpha "
                + num(p.rmspropAlpha()) + ") and Adam, each with learning rate " + num(p.learningRate()) + ", from ("
                + num(p.initW1()) + ", " + num(p.initW2()) + "), " + p.updates() + " updates in float32 as the seed's"
                + " FloatTensor; a disc marks the point before each update. Background: the loss " + formula()
                + ". " + OptimizerComparison.outcomes(runs) + " Added to the seed's plot: the colorbar; the seed's"
                + " legend spells Nesterov \"Nestrov\".";
    }

    private static String num(double v) {
        return OptimizerSurfaceRecipe.num(v);
    }
}
