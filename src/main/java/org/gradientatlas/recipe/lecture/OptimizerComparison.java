package org.gradientatlas.recipe.lecture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.figure.Series;
import org.gradientatlas.optim.SurfaceDescent;
import org.gradientatlas.optim.TorchAdagrad;
import org.gradientatlas.optim.TorchAdam;
import org.gradientatlas.optim.TorchOptimizer;
import org.gradientatlas.optim.TorchRmsprop;
import org.gradientatlas.optim.TorchSgd;
import org.gradientatlas.surface.LossGrid;
import org.gradientatlas.surface.LossSurface;
import org.gradientatlas.surface.TorchArange;
import org.gradientatlas.recipe.ParameterRange;
import org.gradientatlas.text.Printf;

/**
 * Seed 001's comparison of six PyTorch optimizers on one loss surface: {@code train_curve} for each, and the
 * surface on {@code plot_curve}'s grid. Shared by the surface and trajectory figures of both surfaces.
 */
public final class OptimizerComparison {
    /** The six runs in the seed's order: series name, legend label, the seed's colour. */
    record Run(String name, String label, String color) {
    }

    static final List<Run> RUNS = List.of(new Run("sgd", "SGD", "#ff0000"),
            new Run("momentum", "Momentum SGD", "#0000ff"), new Run("nesterov", "Nesterov", "#8b0000"),
            new Run("adagrad", "Adagrad", "#fffafa"), new Run("rmsprop", "RMSprop", "#006400"),
            new Run("adam", "Adam", "#000000"));

    /**
     * The settings both figures of a surface share.
     *
     * @param learningRate  every optimizer's lr, as the seed passes it
     * @param momentum      SGD momentum of the Momentum and Nesterov runs
     * @param rmspropAlpha  RMSprop's smoothing constant alpha
     * @param updates       optimizer steps; the point before each is recorded, as train_curve does
     * @param gridDivisions plot_curve's torch.arange step is (max - min) / gridDivisions
     */
    record Settings(double learningRate, double momentum, double rmspropAlpha, double initW1, double initW2,
                    int updates, int gridDivisions) {
    }

    /** A run whose last point lies this far out has diverged (every start is within ±1e6). */
    private static final double DIVERGED = ParameterRange.MAX_COORDINATE;

    private OptimizerComparison() {
    }

    /** Each run's recorded rows {w1, w2, loss}, in the seed's order. */
    static Map<String, float[][]> runs(LossSurface surface, Settings s) {
        Map<String, Supplier<TorchOptimizer>> optimizers = new LinkedHashMap<>();
        optimizers.put("sgd", () -> new TorchSgd(s.learningRate(), 0, false));
        optimizers.put("momentum", () -> new TorchSgd(s.learningRate(), s.momentum(), false));
        optimizers.put("nesterov", () -> new TorchSgd(s.learningRate(), s.momentum(), true));
        optimizers.put("adagrad", () -> new TorchAdagrad(s.learningRate()));
        optimizers.put("rmsprop", () -> new TorchRmsprop(s.learningRate(), s.rmspropAlpha()));
        optimizers.put("adam", () -> new TorchAdam(s.learningRate()));
        Map<String, float[][]> runs = new LinkedHashMap<>();
        optimizers.forEach((name, optimizer) -> runs.put(name, SurfaceDescent.run(surface, optimizer.get(),
                (float) s.initW1(), (float) s.initW2(), s.updates())));
        return runs;
    }

    /** The loss at each run's last recorded point, as metrics finalLossSgd, finalLossMomentum, ... */
    static Map<String, Number> metrics(Map<String, float[][]> runs) {
        Map<String, Number> metrics = new LinkedHashMap<>();
        runs.forEach((name, rows) -> metrics.put("finalLoss" + Character.toUpperCase(name.charAt(0))
                + name.substring(1), Numbers.float32(rows[rows.length - 1][2])));
        return metrics;
    }

    /** One sentence on where the runs end, naming any run whose values overflow. */
    static String outcomes(Map<String, float[][]> runs) {
        StringBuilder text = new StringBuilder("Loss at the last recorded point:");
        for (Run run : RUNS) {
            float[][] rows = runs.get(run.name());
            float[] last = rows[rows.length - 1];
            float loss = last[2];
            text.append(run == RUNS.get(0) ? " " : ", ").append(run.label()).append(' ').append(Float.isFinite(loss)
                    ? Printf.general(loss, 4) : "not finite (the run diverges)");
            if (Float.isFinite(loss) && Math.max(Math.abs(last[0]), Math.abs(last[1])) > DIVERGED) {
                text.append(" (the run diverges: |w| > 10⁶)");
            }
        }
        return text.append('.').toString();
    }

    /**
     * The seed's map range for the pathological surface: x in (-max |w1|, max |w1|), y in (min w2, max w2) over
     * all recorded points (float32, as numpy computes them), ignoring values that overflowed; null when the runs
     * span no area (all points on one line or not finite).
     */
    static double[][] rangeOfPaths(Map<String, float[][]> runs, int divisions) {
        float maxAbsW1 = 0;
        float minW2 = Float.POSITIVE_INFINITY;
        float maxW2 = Float.NEGATIVE_INFINITY;
        for (float[][] rows : runs.values()) {
            for (float[] row : rows) {
                if (Float.isFinite(row[0]) && Float.isFinite(row[1])) {
                    maxAbsW1 = Math.max(maxAbsW1, Math.abs(row[0]));
                    minW2 = Math.min(minW2, row[1]);
                    maxW2 = Math.max(maxW2, row[1]);
                }
            }
        }
        if (!(maxAbsW1 > 0 && minW2 < maxW2 && Float.isFinite(maxW2 - minW2) && Float.isFinite(2 * maxAbsW1))) {
            return null;
        }
        return new double[][] {float32Range(-maxAbsW1, maxAbsW1, divisions), float32Range(minW2, maxW2, divisions)};
    }

    /** Data-file series: step, w1, w2, loss for every recorded point. */
    static Map<String, Series> series(Map<String, float[][]> runs) {
        Map<String, Series> series = new LinkedHashMap<>();
        runs.forEach((name, rows) -> series.put(name, Series.builder().column("step", column(rows, -1))
                .column("w1", column(rows, 0)).column("w2", column(rows, 1)).column("loss", column(rows, 2))
                .build()));
        return series;
    }

    /** The six trajectories as the seed plots them: lines with a disc at every point. */
    static List<LineLayer> lines(Map<String, float[][]> runs) {
        return RUNS.stream().map(run -> new LineLayer(run.label(), column(runs.get(run.name()), 0),
                column(runs.get(run.name()), 1), LineStyle.withCircles(run.color(), 1.5))).toList();
    }

    /** The loss in float32 on plot_curve's grid: torch.arange(min, max, step) on both axes. */
    static Grid grid(LossSurface surface, double[] xRange, double[] yRange) {
        float[] x = TorchArange.of(xRange[0], xRange[1], xRange[2]);
        float[] y = TorchArange.of(yRange[0], yRange[1], yRange[2]);
        float[][] z = LossGrid.lossGrid(surface, x, y);
        double[][] zd = new double[y.length][x.length];
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                zd[j][i] = Numbers.float32(z[j][i]);
            }
        }
        return new Grid(widen(x), widen(y), zd);
    }

    /** plot_curve's range (min, max, step) for a range given as Python numbers: step (max - min) / n in double. */
    static double[] pythonRange(double min, double max, int divisions) {
        return new double[] {min, max, (max - min) / divisions};
    }

    /**
     * plot_curve's range for numpy float32 bounds, as the seed derives them from the trajectories: max - min is a
     * float32 subtraction, and numpy 1.24 divides that float32 scalar by the Python float 100. in float64.
     */
    static double[] float32Range(float min, float max, int divisions) {
        float span = max - min;
        return new double[] {min, max, (double) span / divisions};
    }

    /** Column k of the rows as data-file doubles, or the row index (the step) for k = -1. */
    static double[] column(float[][] rows, int k) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = k < 0 ? i : Numbers.float32(rows[i][k]);
        }
        return c;
    }

    private static double[] widen(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = Numbers.float32(v[i]);
        }
        return d;
    }
}
