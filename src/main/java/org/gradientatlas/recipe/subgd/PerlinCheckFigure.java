package org.gradientatlas.recipe.subgd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.Line3D;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.figure.SurfacePanel;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.optim.DescentRun;
import org.gradientatlas.geometry.ContourLevels;
import org.gradientatlas.surface.RegularGridLinear;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.text.DecimalParser;

/**
 * Seed 000's {@code plot_interp_loss_surface} with a trajectory: filled contours of the loss on the grid (terrain,
 * matplotlib's default levels) with the iterates as red 'o-' of width 3, and beside it the surface (opacity 0.6)
 * with the iterates at their loss. matplotlib's default 6.4 x 4.8 in figure, two subplots.
 */
public final class PerlinCheckFigure {
    static final String RED = "#ff0000";
    static final double SURFACE_ALPHA = 0.6;

    private PerlinCheckFigure() {
    }

    /** The figure of one run; its data file holds the plotted grid and the run as series {@code name}. */
    static <P extends Record> Figure of(Recipe<P> recipe, P params, Long seed, RegularGridLinear loss, int gridSize,
                                        String name, DescentRun run, String caption) {
        double[] axis = PerlinLandscape.axis(gridSize);
        Grid grid = PerlinLandscape.sampled(loss, axis, axis);
        FigureData data = new FigureData(recipe.id(), recipe.title(), caption, recipe.source(), seed,
                recipe.parameters().values(params), metrics(name, run), Map.of(name, PerlinLandscape.series(run)),
                Map.of("loss", grid));
        LineStyle style = LineStyle.withCircles(RED, 3);
        XYPanel contour = new XYPanel("", Axis.of("θ_0", axis[0], axis[gridSize - 1], 0),
                Axis.of("θ_1", axis[0], axis[gridSize - 1], 0), List.of(),
                List.of(new FilledContourLayer(grid, "terrain", ContourLevels.filled(grid))),
                List.of(new LineLayer("", run.a(), run.b(), style)), LegendPlacement.NONE, null, false);
        SurfacePanel surface = new SurfacePanel("", grid, "terrain", SURFACE_ALPHA, "θ_0", "θ_1", "loss",
                SurfacePanel.DEFAULT_AZIMUTH, SurfacePanel.DEFAULT_ELEVATION,
                List.of(new Line3D("", run.a(), run.b(), run.loss(), style)));
        return new Figure(data, Canvas.inches(6.4, 4.8), List.of(contour, surface));
    }

    /** lossAtStart, lossAtEnd and where the run left the domain or first had a probe outside it (-1: never). */
    static Map<String, Number> metrics(String name, DescentRun run) {
        Map<String, Number> metrics = new LinkedHashMap<>();
        metrics.put("lossAtStart", run.loss()[0]);
        metrics.put("lossAtEnd", run.loss()[run.points() - 1]);
        metrics.put(name + "LeftDomainAt", run.leftDomainAt());
        metrics.put(name + "ProbeOutsideAt", run.probeOutsideAt());
        return metrics;
    }

    /** What happened at the domain's edge, as a sentence (empty when the run stayed well inside). */
    static String boundary(DescentRun run) {
        String text = "";
        if (run.probeOutsideAt() >= 0) {
            text += " At step " + run.probeOutsideAt() + " a finite-difference probe left the domain and the seed"
                    + " set that gradient to zero.";
        }
        if (run.leftDomainAt() >= 0) {
            text += " Step " + run.leftDomainAt() + " left the domain (the interpolator's bounds), so the seed stops"
                    + " there and repeats the last step inside for the remaining " + (run.points() - 1
                    - run.leftDomainAt() + 1) + " steps.";
        }
        return text;
    }

    static String num(double v) {
        return Numbers.shortest(v);
    }

    /** A loss for captions, to 4 significant digits as numpy would round it. */
    static String loss(double v) {
        return num(DecimalParser.toDouble(new BigDecimal(v).round(new MathContext(4))));
    }
}
