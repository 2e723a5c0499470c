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
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Marker;
import org.gradientatlas.figure.Series;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.optim.QuadraticDescent;
import org.gradientatlas.surface.NumpyArange;
import org.gradientatlas.recipe.AxisFit;
import org.gradientatlas.recipe.NumberText;
import org.gradientatlas.recipe.ParameterRange;
import org.gradientatlas.recipe.ParameterSource;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.TrajectorySeries;

/**
 * Seed 003's first demo: gradient descent on f(x) = (x − 2)² + 4x − 2 from two starts; the function with both
 * runs' iterates, and their distance to the minimiser x* = 0 on a log scale.
 */
public final class GdQuadraticRecipe implements Recipe<GdQuadraticRecipe.Params> {
    private static final String[] COLORS = {"#ff0000", "#008000"};

    /** @param curveStep the seed's np.arange(-4, 4, .1) for the drawn function */
    public record Params(double x0Run0, double learningRateRun0, double x0Run1, double learningRateRun1, int epochs,
                         double curveMin, double curveMax, double curveStep) {
        public Params {
            ParameterRange.coordinate("x0Run0", x0Run0);
            ParameterRange.finite("learningRateRun0", learningRateRun0);
            ParameterRange.coordinate("x0Run1", x0Run1);
            ParameterRange.finite("learningRateRun1", learningRateRun1);
            ParameterRange.arange("curveMin", curveMin, "curveMax", curveMax, "curveStep", curveStep,
                    NumpyArange.MAX_LENGTH);
        }

        /** The components for {@code render --set} and the browser, without reflection (docs/adding-a-recipe.md). */
        public static Params from(ParameterSource<Params> p) {
            return new Params(p.number("x0Run0", Params::x0Run0),
                    p.number("learningRateRun0", Params::learningRateRun0), p.number("x0Run1", Params::x0Run1),
                    p.number("learningRateRun1", Params::learningRateRun1), p.integer("epochs", Params::epochs),
                    p.number("curveMin", Params::curveMin), p.number("curveMax", Params::curveMax),
                    p.number("curveStep", Params::curveStep));
        }
    }

    @Override
    public String id() {
        return "gd-1d-quadratic";
    }

    @Override
    public String title() {
        return "Gradient descent on a 1-D quadratic";
    }

    @Override
    public Work work() {
        return Work.AUTOGRAD_DEMO;
    }

    @Override
    public Params defaultParams() {
        return new Params(-3, 0.1, 4, 0.8, 100, -4, 4, 0.1);
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
        double[][] runs = {QuadraticDescent.run(p.x0Run0(), p.learningRateRun0(), p.epochs()),
                QuadraticDescent.run(p.x0Run1(), p.learningRateRun1(), p.epochs())};
        double[] lr = {p.learningRateRun0(), p.learningRateRun1()};
        Map<String, Series> series = new LinkedHashMap<>();
        Map<String, Number> metrics = new LinkedHashMap<>();
        for (int r = 0; r < 2; r++) {
            series.put("run" + r, Series.builder().column("step", TrajectorySeries.steps(runs[r].length)).column("x", runs[r])
                    .column("f", values(runs[r])).build());
            metrics.put("finalXRun" + r, runs[r][runs[r].length - 1]);
            metrics.put("frozenFromStepRun" + r, frozenFrom(runs[r]));
        }
        FigureData data = new FigureData(id(), title(), caption(p, runs), source(), null, parameters().values(p),
                metrics, series, Map.of());
        return new Figure(data, Canvas.inches(10, 4.4), List.of(trajectoryPanel(p, runs, lr), errorPanel(runs, lr)));
    }

    private static XYPanel trajectoryPanel(Params p, double[][] runs, double[] lr) {
        double[] curveX = NumpyArange.of(p.curveMin(), p.curveMax(), p.curveStep());
        List<LineLayer> lines = new ArrayList<>();
        lines.add(new LineLayer("f(x)", curveX, values(curveX), LineStyle.solid("#0000ff", 1.5)));
        Marker[] markers = {Marker.CIRCLE, Marker.DIAMOND};
        for (int r = 0; r < 2; r++) {
            lines.add(new LineLayer(runLabel(runs[r][0], lr[r]), runs[r], values(runs[r]),
                    LineStyle.withMarkers(COLORS[r], 1, markers[r], r == 0 ? 5 : 6)));
        }
        double[] y = AxisFit.range(values(curveX), values(runs[0]), values(runs[1]));
        return new XYPanel("GD trajectory on f(x) = (x − 2)² + 4x − 2", AxisFit.axis("x", AxisFit.range(curveX, runs[0], runs[1])),
                AxisFit.axis("f(x)", y), lines, LegendPlacement.BEST);
    }

    private static XYPanel errorPanel(double[][] runs, double[] lr) {
        List<LineLayer> lines = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int r = 0; r < 2; r++) {
            double[] error = new double[runs[r].length];
            for (int k = 0; k < error.length; k++) {
                error[k] = Math.abs(runs[r][k]);
                if (error[k] > 0) {
                    lo = Math.min(lo, error[k]);
                    hi = Math.max(hi, error[k]);
                }
            }
            lines.add(new LineLayer(runLabel(runs[r][0], lr[r]), TrajectorySeries.steps(error.length), error,
                    LineStyle.solid(COLORS[r], 2)));
        }
        Axis y = AxisFit.logAxis("|x_i − x*|", lo, hi);
        return new XYPanel("Distance to the minimiser x* = 0", AxisFit.axis("iteration i", AxisFit.range(TrajectorySeries.steps(runs[0].length))), y,
                lines, LegendPlacement.UPPER_RIGHT);
    }

    private static String caption(Params p, double[][] runs) {
        String text = "Plain gradient descent on f(x) = (x − 2)² + 4x − 2 = x² + 2 (minimiser x* = 0, f(x*) = 2) from x₀ = "
                + NumberText.num(p.x0Run0()) + " with learning rate " + NumberText.num(p.learningRateRun0()) + " (red) and from x₀ = "
                + NumberText.num(p.x0Run1()) + " with learning rate " + NumberText.num(p.learningRateRun1()) + " (green), " + p.epochs()
                + " updates each; each update multiplies x by 1 − 2 lr, here " + NumberText.fourDigits(1 - 2 * p.learningRateRun0())
                + " and " + NumberText.fourDigits(1 - 2 * p.learningRateRun1()) + ", so the error falls exponentially while |1 − 2 lr| < 1.";
        for (int r = 0; r < 2; r++) {
            double[] x = runs[r];
            if (!(Math.abs(x[x.length - 1]) < Math.abs(x[0])) && x[0] != 0) {
                text += " The " + (r == 0 ? "red" : "green") + " run diverges.";
                continue;
            }
            int frozen = frozenFrom(runs[r]);
            if (frozen < runs[r].length - 1) {
                text += " The " + (r == 0 ? "red" : "green") + " run stops moving at x = "
                        + NumberText.num(runs[r][frozen]) + " after " + frozen + " updates: the seed's autograd takes the derivative as"
                        + " 2(x − 2) + 4, which rounds to exactly 0 there.";
            }
        }
        return text + " Left: the iterates on the function; right: |x_i − x*| on a log scale.";
    }

    /** The first step from which x no longer changes (the last step if it always moves). */
    static int frozenFrom(double[] x) {
        int k = x.length - 1;
        while (k > 0 && Double.compare(x[k - 1], x[k]) == 0) {
            k--;
        }
        return k;
    }

    private static String runLabel(double x0, double lr) {
        return "GD from x = " + NumberText.label(x0) + ", lr " + NumberText.label(lr);
    }

    static double[] values(double[] x) {
        double[] f = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = QuadraticDescent.value(x[i]);
        }
        return f;
    }


}
