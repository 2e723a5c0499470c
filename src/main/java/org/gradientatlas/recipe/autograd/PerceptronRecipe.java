package org.gradientatlas.recipe.autograd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gradientatlas.citation.Work;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.Panel;
import org.gradientatlas.figure.Series;
import org.gradientatlas.optim.TanhPerceptron;
import org.gradientatlas.random.MakeBlobs;
import org.gradientatlas.random.NumpyRandomState;
import org.gradientatlas.recipe.NumberText;
import org.gradientatlas.recipe.ParameterRange;
import org.gradientatlas.recipe.ParameterSource;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.TrajectorySeries;

/**
 * Seed 003's perceptron tanh(w · x + b) trained on two Gaussian blobs by gradient descent from four weight
 * initialisations. The three figures share the data and the runs; each draws its own view of them.
 */
public abstract class PerceptronRecipe implements Recipe<PerceptronRecipe.Params> {
    /** Matplotlib's jet at 0 and 1: the seed's {@code scatter(..., c=y_data, cmap='jet')} for labels −1 and 1. */
    static final String[] LABEL_COLORS = {"#000080", "#800000"};
    /** matplotlib's tab10, the default colour cycle the seed's runs are drawn with. */
    static final String[] RUN_COLORS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"};

    /**
     * @param nSamples   make_blobs's n_samples (two centres, two features, centres uniform in the box)
     * @param initBias   the bias every run starts from (the seed drew it from an unseeded np.random.rand)
     * @param weightStep the landscape's np.arange(weightMin, weightMax, weightStep) in w0 and w1
     */
    public record Params(int nSamples, double centerBoxLow, double centerBoxHigh, double clusterStd,
                         double learningRate, int epochs, double init0W0, double init0W1, double init1W0,
                         double init1W1, double init2W0, double init2W1, double init3W0, double init3W1,
                         double initBias, double weightMin, double weightMax, double weightStep) {
        public Params {
            ParameterRange.coordinate("centerBoxLow", centerBoxLow);
            ParameterRange.coordinate("centerBoxHigh", centerBoxHigh);
            if (!(centerBoxLow <= centerBoxHigh)) {
                throw new IllegalArgumentException("parameter centerBoxLow must be at most centerBoxHigh, got "
                        + NumberText.num(centerBoxLow) + " and " + NumberText.num(centerBoxHigh));
            }
            ParameterRange.between("clusterStd", clusterStd, 0, ParameterRange.MAX_COORDINATE);
            ParameterRange.arange("weightMin", weightMin, "weightMax", weightMax, "weightStep", weightStep,
                    ParameterRange.MAX_GRID_DIVISIONS);
        }

        /** The components for {@code render --set} and the browser, without reflection (docs/adding-a-recipe.md). */
        public static Params from(ParameterSource<Params> p) {
            return new Params(p.integer("nSamples", Params::nSamples), p.number("centerBoxLow", Params::centerBoxLow),
                    p.number("centerBoxHigh", Params::centerBoxHigh), p.number("clusterStd", Params::clusterStd),
                    p.number("learningRate", Params::learningRate), p.integer("epochs", Params::epochs),
                    p.number("init0W0", Params::init0W0), p.number("init0W1", Params::init0W1),
                    p.number("init1W0", Params::init1W0), p.number("init1W1", Params::init1W1),
                    p.number("init2W0", Params::init2W0), p.number("init2W1", Params::init2W1),
                    p.number("init3W0", Params::init3W0), p.number("init3W1", Params::init3W1),
                    p.number("initBias", Params::initBias), p.number("weightMin", Params::weightMin),
                    p.number("weightMax", Params::weightMax), p.number("weightStep", Params::weightStep));
        }

        double[][] inits() {
            return new double[][] {{init0W0, init0W1}, {init1W0, init1W1}, {init2W0, init2W1}, {init3W0, init3W1}};
        }
    }

    /** The data set (labels mapped to −1 and 1) and each run's rows {w0, w1, b, loss} for steps 0 ... epochs. */
    record Training(double[][] inputs, double[] labels, TanhPerceptron model, List<double[][]> runs) {
    }

    @Override
    public Work work() {
        return Work.AUTOGRAD_DEMO;
    }

    @Override
    public Params defaultParams() {
        return new Params(100, -4, 4, 1, 0.1, 400, 2, 2, 2, 0, -2, 2, -2, -2, 0, -4, 4, 0.4);
    }

    @Override
    public Parameters<Params> parameters() {
        return Parameters.of(defaultParams(), Params::from);
    }

    @Override
    public OptionalLong defaultSeed() {
        return OptionalLong.of(0);
    }

    @Override
    public Figure compute(Params p, long seed) {
        Training t = train(p, seed);
        Map<String, Series> series = new LinkedHashMap<>();
        series.put("data", Series.builder().column("x1", TrajectorySeries.column(t.inputs(), 0))
                .column("x2", TrajectorySeries.column(t.inputs(), 1)).column("label", t.labels()).build());
        Map<String, Number> metrics = new LinkedHashMap<>();
        for (int r = 0; r < t.runs().size(); r++) {
            double[][] rows = t.runs().get(r);
            series.put("run" + r, Series.builder().column("step", TrajectorySeries.steps(rows.length))
                    .column("w0", TrajectorySeries.column(rows, 0)).column("w1", TrajectorySeries.column(rows, 1))
                    .column("b", TrajectorySeries.column(rows, 2)).column("loss", TrajectorySeries.column(rows, 3))
                    .build());
            metrics.put("finalLossRun" + r, rows[rows.length - 1][3]);
        }
        Map<String, Grid> grids = grids(p, t);
        FigureData data = new FigureData(id(), title(), caption(p, seed, t, grids) + " " + seedNote(p), source(), seed,
                parameters().values(p), metrics, series, grids);
        return new Figure(data, canvas(), panels(p, t, grids));
    }

    abstract org.gradientatlas.figure.Canvas canvas();

    abstract List<Panel> panels(Params p, Training t, Map<String, Grid> grids);

    abstract String caption(Params p, long seed, Training t, Map<String, Grid> grids);

    /** The figure's grids; only the landscape has one. */
    Map<String, Grid> grids(Params p, Training t) {
        return Map.of();
    }

    static Training train(Params p, long seed) {
        if (p.epochs() < 1 || p.epochs() > TanhPerceptron.MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be 1 to " + TanhPerceptron.MAX_EPOCHS + ", got " + p.epochs());
        }
        MakeBlobs.Blobs blobs = MakeBlobs.make(new NumpyRandomState(seed), p.nSamples(), 2, 2, p.clusterStd(),
                p.centerBoxLow(), p.centerBoxHigh());
        double[] labels = new double[blobs.labels().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = 2 * blobs.labels()[i] - 1; // the seed's y_data = 2*y_data - 1
        }
        TanhPerceptron model = new TanhPerceptron(blobs.points(), labels);
        List<double[][]> runs = java.util.Arrays.stream(p.inits())
                .map(w -> model.train(w[0], w[1], p.initBias(), p.learningRate(), p.epochs())).toList();
        return new Training(blobs.points(), labels, model, runs);
    }

    static String seedNote(Params p) {
        return "Data: scikit-learn's make_blobs(n_samples=" + p.nSamples() + ", centers=2, n_features=2, center_box=("
                + num(p.centerBoxLow()) + ", " + num(p.centerBoxHigh()) + ")) with its numpy random_state; the seed"
                + " passed no random_state and drew the initial bias from an unseeded stream, so its printed losses"
                + " cannot be reproduced; here every run starts from bias " + num(p.initBias()) + ".";
    }

    static String runLabel(Params p, int r) {
        double[] w = p.inits()[r];
        return "run " + r + ": w from (" + NumberText.label(w[0]) + ", " + NumberText.label(w[1]) + ")";
    }

    static String num(double v) {
        return NumberText.num(v);
    }
}
