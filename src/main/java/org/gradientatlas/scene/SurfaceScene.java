package org.gradientatlas.scene;

import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.Line3D;
import org.gradientatlas.figure.PanelGrid;
import org.gradientatlas.figure.SurfacePanel;
import org.gradientatlas.geometry.SurfaceBlocks;
import org.gradientatlas.geometry.SurfaceRange;
import org.gradientatlas.ticks.NiceTicks;
import org.gradientatlas.ticks.TickFormat;

/**
 * A 3-D panel in the scene: the grid (z row by row, y index outer), the blocks plot_surface draws
 * ({@link SurfaceBlocks}: bounding rows and columns, one colormap index per block), the data box, the view, the
 * candidate ticks of each box axis, and the 3-D lines with their tips. The renderer projects it as
 * geometry.View3D does, for any view angle the reader turns to.
 */
final class SurfaceScene {
    /** Box3DPainter tries 6 down to 3 ticks, then up to 11 where none leaves three; every count is written. */
    private static final int FEWEST_TICKS = 3;
    private static final int MOST_TICKS = 12;

    private SurfaceScene() {
    }

    static void write(JsonBuilder json, SurfacePanel panel, SceneParts parts) {
        Grid grid = panel.surface();
        ColormapTable colormap = parts.colormap(panel.colormap());
        double[] x = grid.x();
        double[] y = grid.y();
        double[][] corners = SurfaceRange.box(panel);
        double[][] box = new double[3][];
        for (int k = 0; k < 3; k++) {
            box[k] = new double[] {corners[0][k], corners[1][k]};
        }
        json.beginObject().key("type").value("surface").key("title").value(panel.title())
                .key("minWidth").value(PanelGrid.minimumWidth(panel))
                .key("labels").strings(new String[] {panel.xLabel(), panel.yLabel(), panel.zLabel()})
                .key("azimuth").value(panel.azimuth()).key("elevation").value(panel.elevation())
                .key("colormap").value(panel.colormap()).key("alpha").value(panel.alpha())
                .key("x").numbers(x).key("y").numbers(y).key("z").numbers(values(grid));
        blocks(json, grid, colormap);
        json.key("box").beginArray();
        for (double[] range : box) {
            json.numbers(range);
        }
        json.endArray().key("ticks").beginArray();
        for (double[] range : box) {
            ticks(json, range[0], range[1]);
        }
        json.endArray().key("lines").beginArray();
        for (Line3D line : panel.lines()) {
            line(json, line, parts);
        }
        json.endArray().endObject();
    }

    /** z(i, j) at index j * columns + i. */
    private static double[] values(Grid grid) {
        int w = grid.columns();
        double[] z = new double[w * grid.rows()];
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < w; i++) {
                z[j * w + i] = grid.z(i, j);
            }
        }
        return z;
    }

    private static void blocks(JsonBuilder json, Grid grid, ColormapTable colormap) {
        SurfaceBlocks blocks = new SurfaceBlocks(grid);
        int[] rows = blocks.rows();
        int[] cols = blocks.cols();
        int[] cells = new int[(rows.length - 1) * (cols.length - 1)];
        for (int a = 0; a < rows.length - 1; a++) {
            for (int b = 0; b < cols.length - 1; b++) {
                cells[a * (cols.length - 1) + b] = colormap.index(blocks.colourPosition(a, b));
            }
        }
        json.key("blockRows").integers(rows).key("blockCols").integers(cols).key("blocks").integers(cells);
    }

    /** NiceTicks with at most 3, 4, ... 12 ticks, labelled as ScalarFormatter; the renderer picks one. */
    private static void ticks(JsonBuilder json, double min, double max) {
        json.beginArray();
        for (int most = FEWEST_TICKS; most <= MOST_TICKS; most++) {
            double[] at = NiceTicks.within(min, max, most);
            TickFormat format = TickFormat.forTicks(at);
            String[] labels = new String[at.length];
            for (int i = 0; i < at.length; i++) {
                labels[i] = format.format(at[i]);
            }
            json.beginObject().key("most").value(most).key("at").numbers(at).key("labels").strings(labels)
                    .endObject();
        }
        json.endArray();
    }

    private static void line(JsonBuilder json, Line3D line, SceneParts parts) {
        SeriesMatch match = parts.match(line.x(), line.y(), line.z());
        json.beginObject();
        LineScene.style(json, line.label(), line.style());
        json.key("x").numbers(line.x()).key("y").numbers(line.y()).key("z").numbers(line.z());
        LineScene.tip(json, match);
        json.endObject();
    }
}
