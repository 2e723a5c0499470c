package org.gradientatlas.recipe.lecture;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gradientatlas.citation.Work;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.SurfacePanel;
import org.gradientatlas.surface.LossSurface;
import org.gradientatlas.recipe.ParameterRange;
import org.gradientatlas.recipe.ParameterSource;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;

/**
 * Seed 001's 3-D view of a loss surface ({@code plot_curve(..., plot_3d=True)}): matplotlib's plot_surface of the
 * loss on a 100 x 100 torch.arange grid with viridis, default view. The data file also holds the six optimizer
 * runs of the companion trajectory figure.
 */
public abstract class OptimizerSurfaceRecipe implements Recipe<OptimizerSurfaceRecipe.Params> {

    /**
     * @param xMin plot_curve's x_range (Python numbers); likewise the other bounds
     * @param azimuth the 3-D view's azimuth in degrees (matplotlib's default -60)
     * @param elevation the 3-D view's elevation in degrees (matplotlib's default 30)
     */
    public record Params(double learningRate, double momentum, double rmspropAlpha, double initW1, double initW2, int updates,
                  int gridDivisions, double xMin, double xMax, double yMin, double yMax, double azimuth,
                  double elevation) {
        public Params {
            OptimizerParams.check(learningRate, momentum, rmspropAlpha, initW1, initW2, updates, gridDivisions);
            OptimizerParams.checkRange(xMin, xMax, yMin, yMax);
            ParameterRange.finite("azimuth", azimuth);
            ParameterRange.between("elevation", elevation, -90, 90);
        }

        /** The components for {@code render --set} and the browser, without reflection (docs/adding-a-recipe.md). */
        public static Params from(ParameterSource<Params> p) {
            return new Params(p.number("learningRate", Params::learningRate), p.number("momentum", Params::momentum),
                    p.number("rmspropAlpha", Params::rmspropAlpha), p.number("initW1", Params::initW1),
                    p.number("initW2", Params::initW2), p.integer("updates", Params::updates),
                    p.integer("gridDivisions", Params::gridDivisions), p.number("xMin", Params::xMin),
                    p.number("xMax", Params::xMax), p.number("yMin", Params::yMin), p.number("yMax", Params::yMax),
                    p.number("azimuth", Params::azimuth), p.number("elevation", Params::elevation));
        }

        OptimizerComparison.Settings settings() {
            return new OptimizerComparison.Settings(learningRate, momentum, rmspropAlpha, initW1, initW2, updates,
                    gridDivisions);
        }
    }

    abstract LossSurface surface();

    /** The loss as a formula, for the caption. */
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
        Grid grid = OptimizerComparison.grid(surface(), OptimizerComparison.pythonRange(p.xMin(), p.xMax(),
                p.gridDivisions()), OptimizerComparison.pythonRange(p.yMin(), p.yMax(), p.gridDivisions()));
        Map<String, float[][]> runs = OptimizerComparison.runs(surface(), p.settings());
        FigureData data = new FigureData(id(), title(), caption(p, grid), source(), null, parameters().values(p),
                OptimizerComparison.metrics(runs), OptimizerComparison.series(runs), Map.of("loss", grid));
        SurfacePanel panel = new SurfacePanel(title(), grid, "viridis", 1, "w_1", "w_2", "loss", p.azimuth(),
                p.elevation(), List.of());
        return new Figure(data, Canvas.inches(6.4, 4.8), List.of(panel));
    }

    private String caption(Params p, Grid grid) {
        return "The loss " + formula() + " on a " + grid.columns() + " × " + grid.rows() + " grid (torch.arange from "
                + num(p.xMin()) + " to " + num(p.xMax()) + " and " + num(p.yMin()) + " to " + num(p.yMax())
                + ", in float32 as the seed computes it), drawn as matplotlib's plot_surface with viridis at azimuth "
                + num(p.azimuth()) + "°, elevation " + num(p.elevation()) + "°. The six optimizer runs of the"
                + " companion map are in the data file.";
    }

    static String num(double v) {
        return org.gradientatlas.figure.Numbers.shortest(v);
    }
}
