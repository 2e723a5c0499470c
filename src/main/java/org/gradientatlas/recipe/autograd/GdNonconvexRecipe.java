package org.gradientatlas.recipe.autograd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gradientatlas.citation.Work;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Marker;
import org.gradientatlas.figure.Series;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.optim.NonConvexDescent;
import org.gradientatlas.geometry.ContourLevels;
import org.gradientatlas.surface.NumpyArange;
import org.gradientatlas.recipe.NumberText;
import org.gradientatlas.recipe.ParameterRange;
import org.gradientatlas.recipe.ParameterSource;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.TrajectorySeries;
import org.gradientatlas.text.Printf;

/**
 * Seed 003's second demo: gradient descent on z = −(1 − (x² + y³)) exp(−(x² + y²)/2) from four starts, over the
 * function's filled contours (matplotlib's default contourf levels, viridis) on the seed's grid.
 */
public final class GdNonconvexRecipe implements Recipe<GdNonconvexRecipe.Params> {
    /** One colour per run, readable on viridis from dark violet to yellow. */
    static final String[] RUN_COLORS = {"#ff0000", "#ffffff", "#ff8c00", "#ff00ff"};

    /** @param gridStep the seed's np.arange(-3.0, 3.0, 0.1) on both axes */
    public record Params(double x0Run0, double y0Run0, double x0Run1, double y0Run1, double x0Run2, double y0Run2,
                         double x0Run3, double y0Run3, double learningRate, int epochs, double gridMin,
                         double gridMax, double gridStep) {
        public Params {
            double[] starts = {x0Run0, y0Run0, x0Run1, y0Run1, x0Run2, y0Run2, x0Run3, y0Run3};
            for (int i = 0; i < starts.length; i++) {
                ParameterRange.coordinate((i % 2 == 0 ? "x0Run" : "y0Run") + i / 2, starts[i]);
            }
            ParameterRange.finite("learningRate", learningRate);
            ParameterRange.arange("gridMin", gridMin, "gridMax", gridMax, "gridStep", gridStep,
                    ParameterRange.MAX_GRID_DIVISIONS);
        }

        /** The components for {@code render --set} and the browser, without reflection (docs/adding-a-recipe.md). */
        public static Params from(ParameterSource<Params> p) {
            return new Params(p.number("x0Run0", Params::x0Run0), p.number("y0Run0", Params::y0Run0),
                    p.number("x0Run1", Params::x0Run1), p.number("y0Run1", Params::y0Run1),
                    p.number("x0Run2", Params::x0Run2), p.number("y0Run2", Params::y0Run2),
                    p.number("x0Run3", Params::x0Run3), p.number("y0Run3", Params::y0Run3),
                    p.number("learningRate", Params::learningRate), p.integer("epochs", Params::epochs),
                    p.number("gridMin", Params::gridMin), p.number("gridMax", Params::gridMax),
                    p.number("gridStep", Params::gridStep));
        }

        public double[][] starts() {
            return new double[][] {{x0Run0, y0Run0}, {x0Run1, y0Run1}, {x0Run2, y0Run2}, {x0Run3, y0Run3}};
        }
    }

    @Override
    public String id() {
        return "gd-2d-nonconvex";
    }

    @Override
    public String title() {
        return "Gradient descent on a non-convex 2-D function from four starts";
    }

    @Override
    public Work work() {
        return Work.AUTOGRAD_DEMO;
    }

    @Override
    public Params defaultParams() {
        return new Params(0.5, 1.8, -2, -2, -2, 2, 1.6, -0.1, 0.3, 15, -3, 3, 0.1);
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
        double[][] starts = p.starts();
        Map<String, Series> series = new LinkedHashMap<>();
        Map<String, Number> metrics = new LinkedHashMap<>();
        for (int r = 0; r < starts.length; r++) {
            double[][] rows = NonConvexDescent.run(starts[r][0], starts[r][1], p.learningRate(), p.epochs());
            series.put("run" + r, Series.builder().column("step", TrajectorySeries.steps(rows.length))
                    .column("x", TrajectorySeries.column(rows, 0)).column("y", TrajectorySeries.column(rows, 1))
                    .column("z", TrajectorySeries.column(rows, 2)).build());
            metrics.put("finalZRun" + r, rows[rows.length - 1][2]);
        }
        Grid grid = grid(p);
        FigureData data = new FigureData(id(), title(), caption(p, series), source(), null, parameters().values(p),
                metrics, series, Map.of("z", grid));
        double[] gx = grid.x();
        double[] gy = grid.y();
        XYPanel panel = new XYPanel("GD trajectories for different initialisations",
                Axis.of("x", gx[0], gx[gx.length - 1], 1), Axis.of("y", gy[0], gy[gy.length - 1], 1), List.of(),
                List.of(new FilledContourLayer(grid, "viridis", ContourLevels.filled(grid))), lines(starts, series),
                LegendPlacement.LOWER_RIGHT, "z", true);
        return new Figure(data, Canvas.inches(8, 6.4), List.of(panel));
    }

    /** Each run as a line with an arrowhead at every iterate, and a disc at its start. */
    private static List<LineLayer> lines(double[][] starts, Map<String, Series> series) {
        List<LineLayer> lines = new ArrayList<>();
        for (int r = 0; r < starts.length; r++) {
            double[] x = series.get("run" + r).column("x");
            double[] y = series.get("run" + r).column("y");
            lines.add(new LineLayer("GD run " + r + " from (" + NumberText.label(starts[r][0]) + ", "
                    + NumberText.label(starts[r][1]) + ")", x, y,
                    LineStyle.withMarkers(RUN_COLORS[r], 1.25, Marker.ARROW, 6)));
            lines.add(new LineLayer("", new double[] {x[0]}, new double[] {y[0]},
                    LineStyle.markersOnly(RUN_COLORS[r], Marker.CIRCLE, 5)));
        }
        return lines;
    }

    /** z_func on np.meshgrid of the seed's arange in x and y. */
    static Grid grid(Params p) {
        double[] x = NumpyArange.of(p.gridMin(), p.gridMax(), p.gridStep());
        double[][] z = new double[x.length][x.length];
        for (int j = 0; j < x.length; j++) {
            for (int i = 0; i < x.length; i++) {
                z[j][i] = NonConvexDescent.value(x[i], x[j]);
            }
        }
        return new Grid(x, x, z);
    }

    private static String caption(Params p, Map<String, Series> series) {
        StringBuilder text = new StringBuilder("Plain gradient descent with learning rate " + num(p.learningRate())
                + ", " + p.epochs() + " updates from each of four starts (discs), on z = −(1 − (x² + y³))·exp(−(x² +"
                + " y²)/2); arrows point from each iterate to the next. The function is not convex, so where a run"
                + " ends depends on its start; after the last update:");
        int r = 0;
        for (Series run : series.values()) {
            int last = run.length() - 1;
            text.append(r == 0 ? " " : "; ").append("run ").append(r++).append(" at (")
                    .append(threeDigits(run.column("x")[last])).append(", ").append(threeDigits(run.column("y")[last]))
                    .append("), z = ").append(threeDigits(run.column("z")[last]));
        }
        return text.append(". Filled contours: matplotlib's default contourf levels with viridis (dark is low), on the"
                + " seed's grid. Gradients as the seed's autograd computes them; the seed drew all four runs in red.")
                .toString();
    }

    private static String threeDigits(double v) {
        return Printf.fixed(v, 3).replace("-", "−");
    }

    private static String num(double v) {
        return NumberText.num(v);
    }
}
