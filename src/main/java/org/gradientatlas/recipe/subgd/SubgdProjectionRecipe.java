package org.gradientatlas.recipe.subgd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gradientatlas.citation.Work;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.figure.Series;
import org.gradientatlas.optim.DescentRun;
import org.gradientatlas.optim.FiniteDifferenceDescent;
import org.gradientatlas.optim.LineProjection;
import org.gradientatlas.random.NumpyRandomState;
import org.gradientatlas.surface.RegularGridLinear;
import org.gradientatlas.recipe.ParameterSource;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;

/**
 * Seed 000's final figure, as its TODO cell describes it: noisy SGD on the Perlin-noise surface, the line from its
 * start to its end as SubGD's one-dimensional subspace, every SGD iterate projected onto it; plain GD from the same
 * start for reference. The surface is cropped to the runs, as a filled contour map and in 3-D.
 */
public final class SubgdProjectionRecipe implements Recipe<SubgdProjectionRecipe.Params> {
    /**
     * @param steps         updates of both GD and SGD
     * @param sampling      the view samples the interpolated loss this many times per grid cell along each axis
     * @param cropMargin    margin around the runs' points, in loss-domain units
     * @param contourLevels matplotlib's contourf(z, n): about n + 1 levels
     */
    public record Params(int gridSize, double scale, int octaves, double persistence, double lacunarity,
                         double repeat, int base, double learningRate, double finiteDifferenceH, double startX,
                         double startY, int steps, double gradientNoiseStd, int sampling, double cropMargin,
                         int contourLevels, double azimuth, double elevation) {
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
                    p.number("gradientNoiseStd", Params::gradientNoiseStd), p.integer("sampling", Params::sampling),
                    p.number("cropMargin", Params::cropMargin), p.integer("contourLevels", Params::contourLevels),
                    p.number("azimuth", Params::azimuth), p.number("elevation", Params::elevation));
        }
    }

    /** The three runs of the figure. */
    record Runs(DescentRun gd, DescentRun sgd, LineProjection line, double[][] subgd, double[] subgdLoss) {
    }

    @Override
    public String id() {
        return "subgd-projection";
    }

    @Override
    public String title() {
        return "SubGD: noisy SGD projected onto the line from its start to its end";
    }

    @Override
    public Work work() {
        return Work.SUBGD;
    }

    @Override
    public Params defaultParams() {
        return new Params(50, 100, 6, 0.5, 2, 1024, 42, 0.01, 1e-3, 0.28, 0.36, 150, 0.7, 4, 0.02, 12, -60, 30);
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
        check(p);
        RegularGridLinear loss = PerlinLandscape.noise(p.gridSize(), p.scale(), p.octaves(), p.persistence(),
                p.lacunarity(), p.repeat(), p.base());
        PerlinLandscape.checkStart(loss, p.gridSize(), p.startX(), p.startY());
        Runs runs = runs(loss, p, seed);
        double[] axis = PerlinLandscape.axis(p.gridSize());
        SubgdView view = SubgdView.around(loss, axis[axis.length - 1], (axis[1] - axis[0]) / p.sampling(),
                p.cropMargin(), new double[][] {runs.gd().a(), runs.sgd().a(), runs.subgd()[0]},
                new double[][] {runs.gd().b(), runs.sgd().b(), runs.subgd()[1]});
        Map<String, Series> series = new LinkedHashMap<>();
        series.put("gd", PerlinLandscape.series(runs.gd()));
        series.put("sgd", PerlinLandscape.series(runs.sgd()));
        series.put("subgd", PerlinLandscape.series(runs.subgd()[0], runs.subgd()[1], runs.subgdLoss()));
        FigureData data = new FigureData(id(), title(), SubgdCaption.of(p, seed, runs, view), source(), seed,
                parameters().values(p), metrics(runs, view), series, Map.of("loss", view.grid()));
        SubgdPanels panels = new SubgdPanels(runs, view, p.contourLevels(), axis[axis.length - 1]);
        return new Figure(data, Canvas.inches(11, 5.4), List.of(panels.map(), panels.surface(p.azimuth(),
                p.elevation())));
    }

    static Runs runs(RegularGridLinear loss, Params p, long seed) {
        FiniteDifferenceDescent descent = new FiniteDifferenceDescent(loss, p.learningRate(), p.finiteDifferenceH());
        DescentRun gd = descent.run(p.startX(), p.startY(), p.steps());
        DescentRun sgd = descent.runNoisy(p.startX(), p.startY(), p.steps(), new NumpyRandomState(seed),
                p.gradientNoiseStd());
        int end = sgd.lastInside();
        if (sgd.a()[0] == sgd.a()[end] && sgd.b()[0] == sgd.b()[end]) {
            throw new IllegalArgumentException("SubGD's line runs from the SGD run's start to its last point inside"
                    + " the domain, but that run does not move there (it ends where it starts or leaves the domain"
                    + " at once); choose startX, startY, learningRate, steps or gradientNoiseStd so that it moves");
        }
        LineProjection line = new LineProjection(sgd.a()[0], sgd.b()[0], sgd.a()[end], sgd.b()[end]);
        double[][] subgd = line.project(sgd.a(), sgd.b());
        double[] subgdLoss = new double[subgd[0].length];
        for (int k = 0; k < subgdLoss.length; k++) {
            // A projection can fall outside the domain when SGD wanders past either end of the line.
            subgdLoss[k] = loss.contains(subgd[0][k], subgd[1][k]) ? loss.value(subgd[0][k], subgd[1][k])
                    : Double.NaN;
        }
        return new Runs(gd, sgd, line, subgd, subgdLoss);
    }

    private static Map<String, Number> metrics(Runs runs, SubgdView view) {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("lossAtStart", runs.sgd().loss()[0]);
        m.put("gdLeftDomainAt", runs.gd().leftDomainAt());
        m.put("sgdLeftDomainAt", runs.sgd().leftDomainAt());
        m.put("gdProbeOutsideAt", runs.gd().probeOutsideAt());
        m.put("sgdProbeOutsideAt", runs.sgd().probeOutsideAt());
        m.put("finalLossGd", runs.gd().loss()[runs.gd().points() - 1]);
        m.put("finalLossSgd", runs.sgd().loss()[runs.sgd().points() - 1]);
        m.put("subgdEndX", runs.line().endX());
        m.put("subgdEndY", runs.line().endY());
        m.put("optimumX", view.optimumX());
        m.put("optimumY", view.optimumY());
        m.put("optimumLoss", view.optimumLoss());
        return m;
    }

    private static void check(Params p) {
        if (p.sampling() < 1 || p.sampling() > 20) {
            throw new IllegalArgumentException("sampling must be 1 to 20, got " + p.sampling());
        }
        if (!(p.cropMargin() >= 0 && p.cropMargin() <= 1)) {
            throw new IllegalArgumentException("cropMargin must be within [0, 1], got "
                    + Numbers.shortest(p.cropMargin()));
        }
        if (p.contourLevels() < 1 || p.contourLevels() > 100) {
            throw new IllegalArgumentException("contourLevels must be 1 to 100, got " + p.contourLevels());
        }
        if (!(p.gradientNoiseStd() >= 0 && Double.isFinite(p.gradientNoiseStd()))) {
            throw new IllegalArgumentException("gradientNoiseStd must be finite and >= 0, got "
                    + Numbers.shortest(p.gradientNoiseStd()));
        }
    }
}
