package org.gradientatlas.recipe.landscape;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gradientatlas.citation.Work;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.figure.Series;
import org.gradientatlas.math.CorrectlyRoundedHypot;
import org.gradientatlas.optim.PerSampleSgd;
import org.gradientatlas.recipe.ParameterRange;
import org.gradientatlas.recipe.ParameterSource;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.surface.ReluUnitLoss;
import org.gradientatlas.text.DecimalParser;

/**
 * Seed 002's {@code plot_map(sample)}: for sample k, the log of that sample's loss with the SGD iterate and an arrow
 * of -arrowScale times its gradient (left), and the log of the empirical risk with the SGD path up to iterate k
 * (right). One class for every k; the registry lists one figure per chosen sample.
 */
public final class StochasticLandscapeRecipe implements Recipe<StochasticLandscapeRecipe.Params> {

    /** Most samples n; the seed uses 100. */
    static final int MAX_SAMPLES = 100_000;
    /** Most samples x grid cells: about a second of loss evaluations. */
    static final long MAX_SAMPLE_CELLS = 20_000_000;

    /**
     * @param sample       the sample k whose loss is drawn, 0 .. samples - 1 (the seed's slider)
     * @param samples      n of {@code sample_from_ground_truth}
     * @param noiseStd     the standard deviation of eps
     * @param gridMin      make_grids' w1 and w2 run over linspace(gridMin, gridMax, gridSize)
     * @param arrowScale   the arrow is -arrowScale times the gradient (the seed's -5)
     */
    public record Params(int sample, int samples, double noiseStd, double learningRate, double initW1, double initW2,
                         double gridMin, double gridMax, int gridSize, double arrowScale) {
        public Params {
            ParameterRange.between("samples", samples, 1, MAX_SAMPLES);
            if (sample < 0 || sample >= samples) {
                throw new IllegalArgumentException("sample must be in 0.." + (samples - 1) + " (0 to samples - 1), got "
                        + sample);
            }
            ParameterRange.between("noiseStd", noiseStd, 0, ParameterRange.MAX_COORDINATE);
            ParameterRange.finite("learningRate", learningRate);
            ParameterRange.coordinate("initW1", initW1);
            ParameterRange.coordinate("initW2", initW2);
            ParameterRange.ordered("gridMin", gridMin, "gridMax", gridMax);
            ParameterRange.between("gridSize", gridSize, 2, ParameterRange.MAX_GRID_DIVISIONS);
            if ((long) samples * gridSize * gridSize > MAX_SAMPLE_CELLS) {
                throw new IllegalArgumentException("parameters samples x gridSize² must be at most " + MAX_SAMPLE_CELLS
                        + " (the mean loss sums every sample on every cell), got " + samples + " x " + gridSize + "²");
            }
            ParameterRange.coordinate("arrowScale", arrowScale);
        }

        /** The components for {@code render --set} and the browser, without reflection (docs/adding-a-recipe.md). */
        public static Params from(ParameterSource<Params> p) {
            return new Params(p.integer("sample", Params::sample), p.integer("samples", Params::samples),
                    p.number("noiseStd", Params::noiseStd), p.number("learningRate", Params::learningRate),
                    p.number("initW1", Params::initW1), p.number("initW2", Params::initW2),
                    p.number("gridMin", Params::gridMin), p.number("gridMax", Params::gridMax),
                    p.integer("gridSize", Params::gridSize), p.number("arrowScale", Params::arrowScale));
        }
    }

    private final int defaultSample;

    /** The figure of sample {@code defaultSample} under its own id, stochastic-landscape-k{defaultSample}. */
    public StochasticLandscapeRecipe(int defaultSample) {
        this.defaultSample = defaultSample;
    }

    @Override
    public String id() {
        return "stochastic-landscape-k" + defaultSample;
    }

    @Override
    public String title() {
        return "Stochastic loss landscape: sample " + defaultSample + " vs. the empirical risk";
    }

    @Override
    public Work work() {
        return Work.STOCHASTIC_LANDSCAPE;
    }

    @Override
    public Params defaultParams() {
        return new Params(defaultSample, 100, 0.1, 0.05, 1.2, -2.3, -3, 3, 100, 5);
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
        StochasticLandscape.Samples samples = StochasticLandscape.draw(seed, p.samples(), p.noiseStd());
        double[] axis = StochasticLandscape.axis(p.gridMin(), p.gridMax(), p.gridSize());
        Grid sampleLoss = StochasticLandscape.sampleLoss(samples, p.sample(), axis, axis);
        Grid risk = StochasticLandscape.empiricalRisk(samples, axis, axis);
        PerSampleSgd sgd = StochasticLandscape.train(samples, p.learningRate(), p.initW1(), p.initW2());
        Map<String, Grid> grids = new LinkedHashMap<>();
        grids.put("sampleLoss", sampleLoss);
        grids.put("empiricalRisk", risk);
        FigureData data = new FigureData(id(), title(), caption(p, seed, samples, sgd), source(), seed,
                parameters().values(p), metrics(p.sample(), samples, sgd), series(samples, sgd), grids);
        StochasticLandscapePanels panels = new StochasticLandscapePanels(p.sample(), sgd, p.arrowScale());
        return new Figure(data, Canvas.inches(12, 6), List.of(panels.sampleLoss(StochasticLandscape.log(sampleLoss),
                samples.x()[p.sample()], samples.y()[p.sample()]),
                panels.empiricalRisk(StochasticLandscape.log(risk))));
    }

    private static Map<String, Number> metrics(int k, StochasticLandscape.Samples samples, PerSampleSgd sgd) {
        double w1 = sgd.w1()[k];
        double w2 = sgd.w2()[k];
        double risk = 0;
        for (int s = 0; s < samples.size(); s++) {
            risk += ReluUnitLoss.loss(w1, w2, samples.x()[s], samples.y()[s]);
        }
        Map<String, Number> metrics = new LinkedHashMap<>();
        metrics.put("sampleLossAtIterate", ReluUnitLoss.loss(w1, w2, samples.x()[k], samples.y()[k]));
        metrics.put("empiricalRiskAtIterate", risk / samples.size());
        metrics.put("gradientNorm", CorrectlyRoundedHypot.hypot(sgd.g1()[k], sgd.g2()[k]));
        return metrics;
    }

    private static Map<String, Series> series(StochasticLandscape.Samples samples, PerSampleSgd sgd) {
        double[] step = new double[sgd.steps()];
        for (int k = 0; k < step.length; k++) {
            step[k] = k;
        }
        Map<String, Series> series = new LinkedHashMap<>();
        series.put("data", Series.builder().column("x", samples.x()).column("y", samples.y()).build());
        series.put("sgd", Series.builder().column("step", step).column("w1", sgd.w1()).column("w2", sgd.w2())
                .column("g1", sgd.g1()).column("g2", sgd.g2()).build());
        return series;
    }

    private static String caption(Params p, long seed, StochasticLandscape.Samples samples, PerSampleSgd sgd) {
        int k = p.sample();
        boolean flat = sgd.g1()[k] == 0 && sgd.g2()[k] == 0;
        return "The model f(x) = w₁·relu(w₂·x) fitted by SGD to " + p.samples() + " samples y = 2x + ε, x ~ U(−1, 1),"
                + " ε ~ N(0, " + num(p.noiseStd()) + "), drawn from numpy's RandomState(" + seed + ") (the seed"
                + " draws them with torch, unseeded, so its data and pictures differ). Left: the log of sample " + k
                + "'s squared error (w₁·relu(w₂·x) − y)² at x = " + num4(samples.x()[k]) + ", y = "
                + num4(samples.y()[k]) + ", and the SGD iterate after " + k + " updates, where sample " + k + " is used next"
                + (flat
                ? "; its gradient is zero there (w₂·x ≤ 0 switches the ReLU off, so this sample's loss is flat"
                + " around the iterate and the step leaves it in place)."
                : " with an arrow of −" + num(p.arrowScale()) + " × the sample's gradient.")
                + " Right: the log of the empirical risk (the mean of the sample losses) with the SGD path from ("
                + num(p.initW1()) + ", " + num(p.initW2()) + "), learning rate " + num(p.learningRate())
                + ", one sample per step in data order, up to and including iterate " + k + " (the seed's plot stops"
                + " one iterate earlier). Both maps: matplotlib's default contourf levels on a " + p.gridSize() + " × "
                + p.gridSize() + " grid over [" + num(p.gridMin()) + ", " + num(p.gridMax()) + "]², in float64"
                + " (the seed computes in float32).";
    }

    private static String num(double v) {
        return Numbers.shortest(v);
    }

    /** Four significant digits with a true minus sign, for captions and titles, without the default locale. */
    static String num4(double v) {
        String digits = Numbers.shortest(DecimalParser.toDouble(new BigDecimal(v).round(new MathContext(4))));
        return digits.replace('-', '−');
    }
}
