package org.gradientatlas.recipe.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Marker;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.optim.PerSampleSgd;
import org.gradientatlas.geometry.ContourLevels;
import org.gradientatlas.recipe.NumberText;

/** The two panels of seed 002's {@code plot_map}: filled contours of log losses in viridis, SGD drawn in orange. */
public final class StochasticLandscapePanels {
    static final String ORANGE = "#ffa500";
    private final int sample;
    private final PerSampleSgd sgd;
    private final double arrowScale;

    StochasticLandscapePanels(int sample, PerSampleSgd sgd, double arrowScale) {
        this.sample = sample;
        this.sgd = sgd;
        this.arrowScale = arrowScale;
    }

    /** Left: {@code contourf(W1, W2, log G[k])}, the iterate and the arrow of -arrowScale times its gradient. */
    XYPanel sampleLoss(Grid logLoss, double x, double y) {
        double w1 = sgd.w1()[sample];
        double w2 = sgd.w2()[sample];
        List<LineLayer> lines = new ArrayList<>();
        double g1 = sgd.g1()[sample];
        double g2 = sgd.g2()[sample];
        if (g1 != 0 || g2 != 0) {
            lines.add(new LineLayer("−" + NumberText.num(arrowScale) + " × gradient",
                    new double[] {w1, w1 - arrowScale * g1}, new double[] {w2, w2 - arrowScale * g2},
                    LineStyle.withMarkers(ORANGE, 1.5, Marker.ARROW, 11)));
        }
        lines.add(new LineLayer("iterate " + sample, new double[] {w1}, new double[] {w2},
                LineStyle.markersOnly(ORANGE, Marker.CIRCLE, LineStyle.DEFAULT_MARKER_SIZE)));
        String title = "log loss of sample " + sample + " (x = " + StochasticLandscapeRecipe.num4(x) + ", y = "
                + StochasticLandscapeRecipe.num4(y) + ")";
        return panel(title, logLoss, lines, "log loss");
    }

    /** Right: {@code contourf(W1, W2, log G_mean)} and the SGD path through iterate k. */
    XYPanel empiricalRisk(Grid logRisk) {
        double[] w1 = Arrays.copyOf(sgd.w1(), sample + 1);
        double[] w2 = Arrays.copyOf(sgd.w2(), sample + 1);
        LineLayer path = new LineLayer(sample == 0 ? "SGD start" : "SGD, iterates 0–" + sample, w1, w2,
                LineStyle.withMarkers(ORANGE, 4, Marker.CIRCLE, 8));
        return panel("log empirical risk", logRisk, List.of(path), "log empirical risk");
    }

    private static XYPanel panel(String title, Grid grid, List<LineLayer> lines, String colorbarLabel) {
        double[] x = grid.x();
        double[] y = grid.y();
        FilledContourLayer contour = new FilledContourLayer(grid, "viridis", ContourLevels.filled(grid));
        return new XYPanel(title, Axis.of("w_1", x[0], x[x.length - 1], 1), Axis.of("w_2", y[0], y[y.length - 1], 1),
                List.of(), List.of(contour), lines, LegendPlacement.BEST, colorbarLabel, false);
    }
}
