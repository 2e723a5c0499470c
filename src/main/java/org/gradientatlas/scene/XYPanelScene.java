package org.gradientatlas.scene;

import java.util.List;
import java.util.Locale;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.HeatMapLayer;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.Marker;
import org.gradientatlas.figure.PanelGrid;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.geometry.ContourPath;
import org.gradientatlas.geometry.Isoband;
import org.gradientatlas.geometry.MarchingSquares;
import org.gradientatlas.geometry.PolylineSimplifier;

/**
 * A 2-D panel in the scene, drawn in this order: heat maps (one colormap index per cell), filled contours
 * (isobands from {@link MarchingSquares}, one colour each), lines; then the legend and the colorbar of the first heat
 * map (or, without one, the first filled contour). Coordinates are in the axes' linear coordinates (log10 on a
 * log axis); the lines' tips point at the data rows their points show.
 */
final class XYPanelScene {
    /**
     * Lines without markers are simplified as if each axis were 2000 pt long, to 0.2 pt: invisible on any screen,
     * and a 300,000-step run shrinks to what can be seen (plot.ChartFactory simplifies at the drawn size).
     */
    private static final double REFERENCE_PT = 2000;
    private static final double SIMPLIFY_TOLERANCE_PT = 0.2;
    private XYPanelScene() {
    }

    static void write(JsonBuilder json, XYPanel panel, SceneParts parts) {
        json.beginObject().key("type").value("xy").key("title").value(panel.title())
                .key("minWidth").value(PanelGrid.minimumWidth(panel)).key("x");
        AxisScene.write(json, panel.x());
        json.key("y");
        AxisScene.write(json, panel.y());
        json.key("equalAspect").value(panel.equalAspect()).key("heatMaps").beginArray();
        for (HeatMapLayer heatMap : panel.heatMaps()) {
            heatMap(json, heatMap, parts);
        }
        json.endArray().key("contours").beginArray();
        for (FilledContourLayer contour : panel.contours()) {
            contour(json, contour, parts);
        }
        json.endArray().key("lines").beginArray();
        for (LineLayer line : panel.lines()) {
            line(json, line, panel.x(), panel.y(), parts);
        }
        json.endArray().key("legend").value(panel.legend().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .key("colorbar");
        ColorbarScene.write(json, panel, parts);
        json.endObject();
    }

    /** {@code imshow}: cells left to right, top row (largest y) first; colormap indices, -1 transparent. */
    private static void heatMap(JsonBuilder json, HeatMapLayer layer, SceneParts parts) {
        ColormapTable colormap = parts.colormap(layer.colormap());
        Grid grid = layer.grid();
        int w = grid.columns();
        int h = grid.rows();
        double span = layer.vmax() - layer.vmin();
        int[] cells = new int[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double z = grid.z(i, j);
                // matplotlib's Normalize maps everything to 0 when vmin == vmax.
                cells[(h - 1 - j) * w + i] = colormap.index(span > 0 ? (z - layer.vmin()) / span
                        : Double.isNaN(z) ? z : 0);
            }
        }
        json.beginObject().key("colormap").value(layer.colormap()).key("columns").value(w).key("rows").value(h)
                .key("extent").numbers(new double[] {layer.xMin(), layer.xMax(), layer.yMin(), layer.yMax()})
                .key("cells").integers(cells).endObject();
    }

    /** One entry per band: its colour and its rings (x0, y0, x1, y1, ...), filled together even-odd. */
    private static void contour(JsonBuilder json, FilledContourLayer layer, SceneParts parts) {
        ColormapTable colormap = parts.colormap(layer.colormap());
        double[] levels = layer.levels();
        List<Isoband> bands = new MarchingSquares(layer.grid()).bands(levels);
        json.beginObject().key("levels").numbers(levels).key("bands").beginArray();
        for (int k = 0; k < bands.size(); k++) {
            json.beginObject().key("color")
                    .value(colormap.css(colormap.index(FilledContourLayer.colourPosition(levels, k))))
                    .key("rings").beginArray();
            for (ContourPath ring : bands.get(k).rings()) {
                double[] xy = new double[2 * ring.size()];
                for (int i = 0; i < ring.size(); i++) {
                    xy[2 * i] = ring.x(i);
                    xy[2 * i + 1] = ring.y(i);
                }
                json.numbers(xy);
            }
            json.endArray().endObject();
        }
        json.endArray().endObject();
    }

    private static void line(JsonBuilder json, LineLayer line, Axis x, Axis y, SceneParts parts) {
        SeriesMatch match = parts.match(line.x(), line.y());
        double[][] xy = {linear(x, line.x()), linear(y, line.y())};
        if (line.style().marker() == Marker.NONE) {
            double sx = REFERENCE_PT / (x.toLinear(x.max()) - x.toLinear(x.min()));
            double sy = REFERENCE_PT / (y.toLinear(y.max()) - y.toLinear(y.min()));
            boolean[] keep = PolylineSimplifier.keep(xy[0], xy[1], sx, sy, SIMPLIFY_TOLERANCE_PT);
            xy = LineScene.kept(keep, match, xy);
            match = match == null ? null : match.kept(keep);
        }
        json.beginObject();
        LineScene.style(json, line.label(), line.style());
        json.key("x").numbers(xy[0]).key("y").numbers(xy[1]);
        LineScene.tip(json, match);
        json.endObject();
    }

    /** The values in the axis's linear coordinate, as LogScaling maps them for the JVM's log axes. */
    private static double[] linear(Axis axis, double[] values) {
        if (!axis.isLog()) {
            return values;
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = axis.toLinear(values[i]);
        }
        return out;
    }
}
