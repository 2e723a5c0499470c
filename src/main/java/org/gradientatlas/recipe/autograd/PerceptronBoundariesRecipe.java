package org.gradientatlas.recipe.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Panel;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.math.AngleUnits;
import org.gradientatlas.math.CorrectlyRoundedAtan2;
import org.gradientatlas.recipe.AxisFit;
import org.gradientatlas.recipe.TrajectorySeries;
import org.gradientatlas.text.Printf;

/**
 * Seed 003's decision boundaries w · x + b = 0 of the four trained perceptrons over the data, and the loss
 * history of each run on a log scale, side by side (the seed's 2 × 2 grid left two panels empty).
 */
public final class PerceptronBoundariesRecipe extends PerceptronRecipe {
    /** Dash patterns so that boundaries lying on top of each other stay visible. */
    private static final double[][] DASHES = {{}, {6, 3}, {1.5, 2.5}, {7, 2.5, 1.5, 2.5}};

    @Override
    public String id() {
        return "perceptron-decision-boundaries";
    }

    @Override
    public String title() {
        return "Tanh perceptron: decision boundaries and loss history";
    }

    @Override
    Canvas canvas() {
        return Canvas.inches(11, 4.8);
    }

    @Override
    List<Panel> panels(Params p, Training t, Map<String, Grid> grids) {
        XYPanel data = PerceptronDatasetRecipe.dataPanel("Decision boundaries", t, List.of(), LegendPlacement.NONE);
        List<LineLayer> boundaries = new ArrayList<>();
        List<LineLayer> losses = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int r = 0; r < t.runs().size(); r++) {
            double[][] rows = t.runs().get(r);
            double[] last = rows[rows.length - 1];
            boundaries.add(new LineLayer("", boundary(last, data.x(), data.y())[0],
                    boundary(last, data.x(), data.y())[1], style(r)));
            double[] loss = TrajectorySeries.column(rows, 3);
            for (double v : loss) {
                if (v > 0 && v < Double.POSITIVE_INFINITY) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            losses.add(new LineLayer(runLabel(p, r), TrajectorySeries.steps(rows.length), loss,
                    LineStyle.solid(RUN_COLORS[r], 1.5)));
        }
        XYPanel history = new XYPanel("MSE loss history", AxisFit.axis("iteration",
                AxisFit.range(TrajectorySeries.steps(p.epochs() + 1))),
                AxisFit.logAxis("loss", lo, hi), losses, LegendPlacement.UPPER_RIGHT);
        return List.of(PerceptronDatasetRecipe.dataPanel("Decision boundaries", t, boundaries, LegendPlacement.LOWER_LEFT),
                history);
    }

    private static LineStyle style(int r) {
        return DASHES[r].length == 0 ? LineStyle.solid(RUN_COLORS[r], 1.75)
                : LineStyle.dashed(RUN_COLORS[r], 1.75, DASHES[r]);
    }

    /**
     * The line w0 x1 + w1 x2 + b = 0 across the panel: x2 as a function of x1, as the seed draws it, or x1 = −b / w0
     * when it is (nearly) vertical.
     */
    static double[][] boundary(double[] wb, Axis x, Axis y) {
        double w0 = wb[0];
        double w1 = wb[1];
        double b = wb[2];
        if (Math.abs(w1) * (x.max() - x.min()) > 1e-9 * Math.abs(w0) * (y.max() - y.min())) {
            return new double[][] {{x.min(), x.max()}, {-(w0 / w1) * x.min() - b / w1, -(w0 / w1) * x.max() - b / w1}};
        }
        double at = w0 != 0 ? -b / w0 : Double.NaN;
        return new double[][] {{at, at}, {y.min(), y.max()}};
    }

    @Override
    String caption(Params p, long seed, Training t, Map<String, Grid> grids) {
        StringBuilder text = new StringBuilder("Left: the data (labels −1 blue, 1 red) and the decision boundary"
                + " w · x + b = 0, in the run's colour of the right-hand legend, of each perceptron tanh(w · x + b) after " + p.epochs() + " gradient-descent updates"
                + " with learning rate " + num(p.learningRate()) + " on the mean squared error. Right: the loss at"
                + " every step (log scale). Final loss:");
        for (int r = 0; r < t.runs().size(); r++) {
            double[][] rows = t.runs().get(r);
            text.append(r == 0 ? " " : ", ").append("run ").append(r).append(' ')
                    .append(Printf.fixed(rows[rows.length - 1][3], 4));
        }
        return text.append("; the boundaries' directions differ by at most ")
                .append(Printf.fixed(maxAngleDegrees(t), 2)).append("°.").toString();
    }

    /** The largest angle between two runs' final weight vectors (the boundaries' normals). */
    static double maxAngleDegrees(Training t) {
        double max = 0;
        for (double[][] a : t.runs()) {
            for (double[][] b : t.runs()) {
                double[] u = a[a.length - 1];
                double[] v = b[b.length - 1];
                double angle = CorrectlyRoundedAtan2.atan2(u[0] * v[1] - u[1] * v[0], u[0] * v[0] + u[1] * v[1]);
                max = Math.max(max, Math.abs(AngleUnits.toDegrees(angle)));
            }
        }
        return max;
    }
}
