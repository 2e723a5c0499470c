package org.gradientatlas.recipe.tango;

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
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.figure.Series;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.optim.GaussianFit;
import org.gradientatlas.optim.NaturalGradientFlow;
import org.gradientatlas.optim.Trajectory;
import org.gradientatlas.random.NumpyRandomState;
import org.gradientatlas.recipe.ParameterRange;
import org.gradientatlas.recipe.ParameterSource;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.TrajectorySeries;

/** Figure 1 of TANGO (arXiv 1712.08449) as seed 004 re-creates it: TANGO, SGD and averaged SGD fitting a Gaussian. */
public final class TangoFig1Recipe implements Recipe<TangoFig1Recipe.Params> {
    /**
     * Seed cell 4's hyper-parameters; {@code sanityCheckDraws} are the uniforms that cell 2's gradient checks
     * draw before TANGO starts (4 checks of 3 x 1000); {@code stride} thins the data file's series.
     */
    public record Params(double sgdRate, double gamma, double deltaTime, int maxIters,
                         double initMu, double initSigma, double targetMu, double targetSigma,
                         double rtol, double atol, int sanityCheckDraws, int stride, int naturalGradientPoints) {
        public Params {
            ParameterRange.positive("sgdRate", sgdRate);
            ParameterRange.positive("gamma", gamma);
            ParameterRange.positive("deltaTime", deltaTime);
            ParameterRange.between("deltaTime", deltaTime, 0, 1);
            ParameterRange.between("maxIters", maxIters, 1, ParameterRange.MAX_UPDATES);
            // Means and deviations within ±1e6: the paths' lengths, and so their dashes, scale with them.
            ParameterRange.coordinate("initMu", initMu);
            ParameterRange.positive("initSigma", initSigma);
            ParameterRange.between("initSigma", initSigma, 0, ParameterRange.MAX_COORDINATE);
            ParameterRange.coordinate("targetMu", targetMu);
            ParameterRange.positive("targetSigma", targetSigma);
            ParameterRange.between("targetSigma", targetSigma, 0, ParameterRange.MAX_COORDINATE);
            ParameterRange.nonNegative("rtol", rtol);
            ParameterRange.nonNegative("atol", atol);
            ParameterRange.between("sanityCheckDraws", sanityCheckDraws, 0, 100_000_000);
            ParameterRange.between("stride", stride, 1, ParameterRange.MAX_UPDATES);
            ParameterRange.between("naturalGradientPoints", naturalGradientPoints, 2, 100_000);
        }

        /** The components for {@code render --set} and the browser, without reflection (docs/adding-a-recipe.md). */
        public static Params from(ParameterSource<Params> p) {
            return new Params(p.number("sgdRate", Params::sgdRate), p.number("gamma", Params::gamma),
                    p.number("deltaTime", Params::deltaTime), p.integer("maxIters", Params::maxIters),
                    p.number("initMu", Params::initMu), p.number("initSigma", Params::initSigma),
                    p.number("targetMu", Params::targetMu), p.number("targetSigma", Params::targetSigma),
                    p.number("rtol", Params::rtol), p.number("atol", Params::atol),
                    p.integer("sanityCheckDraws", Params::sanityCheckDraws), p.integer("stride", Params::stride),
                    p.integer("naturalGradientPoints", Params::naturalGradientPoints));
        }
    }

    @Override
    public String id() {
        return "tango-fig1";
    }

    @Override
    public String title() {
        return "TANGO vs. SGD vs. averaged SGD fitting a Gaussian";
    }

    @Override
    public Work work() {
        return Work.TANGO;
    }

    @Override
    public Params defaultParams() {
        return new Params(1e-3, 1e-2, 1e-4, 100_000, 0, 1, 10, 1, 1e-5, 0.01, 12_000, 100, 401);
    }

    @Override
    public Parameters<Params> parameters() {
        return Parameters.of(defaultParams(), Params::from);
    }

    @Override
    public OptionalLong defaultSeed() {
        return OptionalLong.of(1234);
    }

    @Override
    public Figure compute(Params p, long seed) {
        NumpyRandomState random = new NumpyRandomState(seed);
        for (int i = 0; i < p.sanityCheckDraws(); i++) {
            random.randomSample();
        }
        GaussianFit fit = new GaussianFit(random, new GaussianFit.Settings(p.sgdRate(), p.gamma(), p.deltaTime(),
                p.maxIters(), p.initMu(), p.initSigma(), p.targetMu(), p.targetSigma(), p.rtol(), p.atol()));
        Trajectory tango = fit.tango();
        Trajectory sgd = fit.sgd();
        Trajectory asgd = fit.averagedSgd();
        Trajectory natural = new NaturalGradientFlow(p.initMu(), p.initSigma(), p.targetMu(), p.targetSigma())
                .path(p.naturalGradientPoints());

        Map<String, Number> metrics = new LinkedHashMap<>();
        metrics.put("convergedAtTango", tango.stoppedAt());
        metrics.put("convergedAtSgd", sgd.stoppedAt());
        metrics.put("convergedAtAsgd", asgd.stoppedAt());
        Map<String, Series> series = new LinkedHashMap<>();
        series.put("tango", TrajectorySeries.strided(tango, p.stride(), "mu", "sigma"));
        series.put("sgd", TrajectorySeries.strided(sgd, p.stride(), "mu", "sigma"));
        series.put("asgd", TrajectorySeries.strided(asgd, p.stride(), "mu", "sigma"));
        series.put("naturalGradient", TrajectorySeries.points(natural, "mu", "sigma"));
        FigureData data = new FigureData(id(), title(), caption(p, seed, tango, sgd, asgd), source(), seed,
                parameters().values(p), metrics, series, Map.of());

        XYPanel panel = new XYPanel("", Axis.of("μ", -2, 12, 2), Axis.of("σ", 0, 10, 2), List.of(
                line("TANGO", tango, LineStyle.solid("#ff0000", 1)),
                line("Stochastic gradient descent", sgd, LineStyle.dashed("#00ff00", 1, 5.3, 2.6)),
                line("Averaged SGD", asgd, LineStyle.dashed("#0000ff", 1, 1.8, 2.4)),
                line("True natural gradient", natural, LineStyle.dashed("#ff00ff", 1, 0.9, 1.3))),
                LegendPlacement.UPPER_RIGHT);
        return new Figure(data, Canvas.inches(6, 4), List.of(panel));
    }

    private static LineLayer line(String label, Trajectory t, LineStyle style) {
        return new LineLayer(label, t.a(), t.b(), style);
    }

    private static String caption(Params p, long seed, Trajectory tango, Trajectory sgd, Trajectory asgd) {
        return "Fitting the mean μ and standard deviation σ of a Gaussian to samples of N(" + num(p.targetMu())
                + ", " + num(p.targetSigma()) + "²), starting from (" + num(p.initMu()) + ", " + num(p.initSigma())
                + "), numpy seed " + seed + ". " + outcome("TANGO (red)", tango) + "; "
                + outcome("SGD (green, dashed)", sgd) + "; " + outcome("averaged SGD (blue, dotted)", asgd)
                + ". The magenta dotted curve is the exact natural-gradient flow of the expected negative"
                + " log-likelihood under the Fisher metric, which replaces the seed's rough estimate (its FIXME).";
    }

    private static String outcome(String name, Trajectory t) {
        if (t.converged()) {
            return name + " stops at iteration " + t.stoppedAt() + " (" + (t.stoppedAt() + 1) + " updates)";
        }
        int last = t.points() - 1;
        return Double.isFinite(t.a()[last]) && Double.isFinite(t.b()[last])
                ? name + " does not converge in " + last + " updates"
                : name + " diverges (μ or σ is not finite after " + last + " updates)";
    }

    private static String num(double v) {
        return Numbers.shortest(v);
    }
}
