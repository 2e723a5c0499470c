package org.gradientatlas.recipe.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Marker;
import org.gradientatlas.figure.Panel;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.geometry.ContourLevels;
import org.gradientatlas.surface.NumpyArange;
import org.gradientatlas.recipe.TrajectorySeries;
import org.gradientatlas.text.Printf;

/**
 * Seed 003's loss over the perceptron's weights (bias fixed) as filled contours, with the four gradient-descent
 * runs in weight space.
 */
public final class PerceptronLandscapeRecipe extends PerceptronRecipe {
    /** An arrowhead every this many updates: 400 arrows per run, as the seed drew them, hide the path. */
    static final int ARROW_EVERY = 20;
    private static final String[] PATH_COLORS = {"#ff0000", "#ffffff", "#ff8c00", "#ff00ff"};

    @Override
    public String id() {
        return "perceptron-weight-landscape";
    }

    @Override
    public String title() {
        return "Tanh perceptron: loss over the weights with the gradient-descent paths";
    }

    @Override
    Canvas canvas() {
        return Canvas.inches(8, 6.4);
    }

    @Override
    Map<String, Grid> grids(Params p, Training t) {
        double[] w = NumpyArange.of(p.weightMin(), p.weightMax(), p.weightStep());
        double[][] z = new double[w.length][w.length];
        for (int j = 0; j < w.length; j++) {
            for (int i = 0; i < w.length; i++) {
                z[j][i] = t.model().loss(w[i], w[j], 0); // weight_to_loss keeps the bias; the seed's was random
            }
        }
        return Map.of("loss", new Grid(w, w, z));
    }

    @Override
    List<Panel> panels(Params p, Training t, Map<String, Grid> grids) {
        Grid grid = grids.get("loss");
        List<LineLayer> lines = new ArrayList<>();
        for (int r = 0; r < t.runs().size(); r++) {
            double[][] rows = t.runs().get(r);
            double[] w0 = TrajectorySeries.column(rows, 0);
            double[] w1 = TrajectorySeries.column(rows, 1);
            lines.add(new LineLayer(runLabel(p, r), w0, w1, LineStyle.solid(PATH_COLORS[r], 1.5)));
            lines.add(new LineLayer("", every(w0), every(w1), LineStyle.markersOnly(PATH_COLORS[r], Marker.ARROW, 7)));
            lines.add(new LineLayer("", new double[] {w0[0]}, new double[] {w1[0]},
                    LineStyle.markersOnly(PATH_COLORS[r], Marker.CIRCLE, 5)));
        }
        double[] x = grid.x();
        double[] y = grid.y();
        return List.of(new XYPanel("Loss over the perceptron's weights (bias 0)", Axis.of("w_0", x[0], x[x.length - 1], 1),
                Axis.of("w_1", y[0], y[y.length - 1], 1), List.of(),
                List.of(new FilledContourLayer(grid, "viridis", ContourLevels.filled(grid))), lines,
                LegendPlacement.UPPER_RIGHT, "loss (MSE)", true));
    }

    /** Every ARROW_EVERY-th point and the last: the arrowheads then point along the path. */
    private static double[] every(double[] v) {
        int n = (v.length - 1) / ARROW_EVERY + 1;
        double[] thinned = new double[n + ((v.length - 1) % ARROW_EVERY == 0 ? 0 : 1)];
        for (int k = 0; k < n; k++) {
            thinned[k] = v[k * ARROW_EVERY];
        }
        thinned[thinned.length - 1] = v[v.length - 1];
        return thinned;
    }

    @Override
    String caption(Params p, long seed, Training t, Map<String, Grid> grids) {
        double[] range = ContourLevels.finiteRange(grids.get("loss"));
        return "Filled contours (matplotlib's default levels, viridis, dark is low) of the mean squared error of"
                + " tanh(w · x) over the weights w0, w1 on np.arange(" + num(p.weightMin()) + ", "
                + num(p.weightMax()) + ", " + num(p.weightStep()) + ") with the bias at 0; it ranges from "
                + Printf.fixed(range[0], 3) + " to " + Printf.fixed(range[1], 3) + ". The paths are the four"
                + " gradient-descent runs (learning rate " + num(p.learningRate()) + ", " + p.epochs()
                + " updates, bias trained from " + num(p.initBias()) + "), a disc at each start and an arrowhead every "
                + ARROW_EVERY + " updates. The runs also move the bias, so they follow this map only roughly.";
    }
}
