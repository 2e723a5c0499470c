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
import org.gradientatlas.figure.Marker;
import org.gradientatlas.figure.Panel;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.recipe.AxisFit;
import org.gradientatlas.recipe.TrajectorySeries;

/** Seed 003's perceptron data set: two Gaussian blobs from make_blobs, coloured by label as the seed's scatter. */
public final class PerceptronDatasetRecipe extends PerceptronRecipe {
    @Override
    public String id() {
        return "perceptron-dataset";
    }

    @Override
    public String title() {
        return "Two-class data set for the tanh perceptron";
    }

    @Override
    Canvas canvas() {
        return Canvas.inches(5.5, 5);
    }

    @Override
    List<Panel> panels(Params p, Training t, Map<String, Grid> grids) {
        return List.of(dataPanel("Dataset", t, new ArrayList<>(), LegendPlacement.LOWER_LEFT));
    }

    @Override
    String caption(Params p, long seed, Training t, Map<String, Grid> grids) {
        return p.nSamples() + " points in two Gaussian blobs (standard deviation " + num(p.clusterStd())
                + ") around centres drawn uniformly in [" + num(p.centerBoxLow()) + ", " + num(p.centerBoxHigh())
                + "]², numpy seed " + seed + "; labels −1 (blue) and 1 (red). The blobs overlap, so no line separates"
                + " them exactly.";
    }

    /** The data as the seed's scatter (s=20, jet colours), under the given lines; axes fit the data. */
    static XYPanel dataPanel(String title, Training t, List<LineLayer> over, LegendPlacement legend) {
        List<LineLayer> lines = new ArrayList<>();
        for (int label = 0; label < 2; label++) {
            double want = 2 * label - 1;
            double[] x1 = select(t, 0, want);
            double[] x2 = select(t, 1, want);
            lines.add(new LineLayer("label " + (label == 0 ? "−1" : "1"), x1, x2,
                    LineStyle.markersOnly(LABEL_COLORS[label], Marker.CIRCLE, 4.5)));
        }
        lines.addAll(over);
        double[] x1 = TrajectorySeries.column(t.inputs(), 0);
        double[] x2 = TrajectorySeries.column(t.inputs(), 1);
        Axis x = AxisFit.axis("x_1", AxisFit.range(x1));
        Axis y = AxisFit.axis("x_2", AxisFit.range(x2));
        return new XYPanel(title, x, y, List.of(), List.of(), lines, legend, null, false);
    }

    private static double[] select(Training t, int feature, double label) {
        return java.util.stream.IntStream.range(0, t.labels().length).filter(i -> t.labels()[i] == label)
                .mapToDouble(i -> t.inputs()[i][feature]).toArray();
    }
}
