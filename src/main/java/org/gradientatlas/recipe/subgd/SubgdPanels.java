package org.gradientatlas.recipe.subgd;

import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.Line3D;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Marker;
import org.gradientatlas.figure.SurfacePanel;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.geometry.ContourLevels;

/**
 * The two panels of subgd-projection in the paper authors' colours: GD #bc5090, SGD #ffa600, SubGD #003f5c and the
 * optimum (the lowest loss in view) as a #de425b diamond; the start as a black disc, each run's end as a square,
 * and every fifth SGD iterate joined to its projection by a dotted line. The same marks in both panels; the legend
 * sits in the 3-D panel's empty corner. On the map each run has a white halo so that it reads on every colour.
 */
public final class SubgdPanels {
    static final String GD = "#bc5090";
    static final String SGD = "#ffa600";
    static final String SUBGD = "#003f5c";
    static final String OPTIMUM = "#de425b";
    static final double SURFACE_ALPHA = 0.7;
    private static final String START = "#000000";
    private static final String HALO = "#ffffff";
    private static final String PROJECTION = "#333333";
    private static final int PROJECTION_STRIDE = 5;
    private static final double EDGE_PAD = 0.025;

    /** One mark of the figure: its legend label, the points {x, y, z} and its style. */
    private record Mark(String label, double[][] points, LineStyle style) {
    }

    private final SubgdProjectionRecipe.Runs runs;
    private final SubgdView view;
    private final int levels;
    private final double domainEnd;

    /** @param domainEnd the loss's domain is [0, domainEnd] on both axes */
    SubgdPanels(SubgdProjectionRecipe.Runs runs, SubgdView view, int levels, double domainEnd) {
        this.runs = runs;
        this.view = view;
        this.levels = levels;
        this.domainEnd = domainEnd;
    }

    XYPanel map() {
        Grid grid = view.grid();
        double[] range = ContourLevels.finiteRange(grid);
        List<LineLayer> lines = new ArrayList<>();
        for (Mark mark : marks()) {
            if (mark.points()[0].length > 1 && mark.style().marker() != Marker.NONE) {
                lines.add(new LineLayer("", mark.points()[0], mark.points()[1], LineStyle.solid(HALO,
                        mark.style().width() + 1.6)));
            }
            lines.add(new LineLayer("", mark.points()[0], mark.points()[1], mark.style()));
        }
        return new XYPanel("Loss map", axis("θ_0", grid.x()), axis("θ_1", grid.y()), List.of(),
                List.of(new FilledContourLayer(grid, "terrain", ContourLevels.filled(range[0], range[1], levels))),
                lines, LegendPlacement.NONE, "loss", true);
    }

    SurfacePanel surface(double azimuth, double elevation) {
        List<Line3D> lines = marks().stream().map(m -> new Line3D(m.label(), m.points()[0], m.points()[1],
                m.points()[2], m.style())).toList();
        return new SurfacePanel("Loss surface", view.grid(), "terrain", SURFACE_ALPHA, "θ_0", "θ_1", "loss",
                azimuth, elevation, lines);
    }

    /** Projections first (under everything), then GD, SGD, SubGD, and the start, end and optimum marks. */
    private List<Mark> marks() {
        List<Mark> marks = new ArrayList<>(projections());
        marks.add(new Mark("GD", rows(runs.gd().a(), runs.gd().b(), runs.gd().loss()),
                LineStyle.withMarkers(GD, 1.6, Marker.CIRCLE, 2.2)));
        marks.add(new Mark("SGD", rows(runs.sgd().a(), runs.sgd().b(), runs.sgd().loss()),
                LineStyle.withMarkers(SGD, 1.3, Marker.CIRCLE, 3)));
        marks.add(new Mark("SubGD", rows(runs.subgd()[0], runs.subgd()[1], runs.subgdLoss()),
                LineStyle.withMarkers(SUBGD, 1.8, Marker.CIRCLE, 3.5)));
        int gdEnd = runs.gd().lastInside();
        int sgdEnd = runs.sgd().lastInside();
        marks.add(point("start", runs.sgd(), 0, START, Marker.CIRCLE, 8));
        marks.add(point("end", runs.gd(), gdEnd, START, Marker.SQUARE, 8));
        marks.add(point("", runs.gd(), gdEnd, GD, Marker.SQUARE, 5.5));
        marks.add(point("", runs.sgd(), sgdEnd, START, Marker.SQUARE, 8));
        marks.add(point("", runs.sgd(), sgdEnd, SUBGD, Marker.SQUARE, 5.5));
        marks.add(new Mark("lowest loss", new double[][] {{view.optimumX()}, {view.optimumY()},
                {view.optimumLoss()}}, LineStyle.markersOnly(OPTIMUM, Marker.DIAMOND, 10)));
        return marks;
    }

    /** Every PROJECTION_STRIDE-th SGD iterate joined to its SubGD projection by a thin dotted line. */
    private List<Mark> projections() {
        List<Mark> marks = new ArrayList<>();
        double[][] subgd = runs.subgd();
        for (int k = PROJECTION_STRIDE; k <= runs.sgd().lastInside(); k += PROJECTION_STRIDE) {
            marks.add(new Mark(k == PROJECTION_STRIDE ? "projection" : "", new double[][] {
                {runs.sgd().a()[k], subgd[0][k]}, {runs.sgd().b()[k], subgd[1][k]},
                {runs.sgd().loss()[k], runs.subgdLoss()[k]}}, LineStyle.dashed(PROJECTION, 0.7, 1.2, 1.2)));
        }
        return marks;
    }

    /**
     * The map's axis over the view; where the view ends at the loss's domain, a few per cent beyond it, so that
     * marks on the edge show whole (the strip outside the domain stays white).
     */
    private Axis axis(String label, double[] v) {
        double lo = v[0];
        double hi = v[v.length - 1];
        double pad = EDGE_PAD * (hi - lo);
        return Axis.of(label, lo == 0 ? -pad : lo, hi >= domainEnd ? hi + pad : hi, 0);
    }

    private static Mark point(String label, org.gradientatlas.optim.DescentRun run, int k, String colour,
                              Marker marker, double size) {
        return new Mark(label, new double[][] {{run.a()[k]}, {run.b()[k]}, {run.loss()[k]}},
                LineStyle.markersOnly(colour, marker, size));
    }

    private static double[][] rows(double[] x, double[] y, double[] z) {
        return new double[][] {x, y, z};
    }
}
