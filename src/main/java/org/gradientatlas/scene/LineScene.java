package org.gradientatlas.scene;

import java.util.Locale;
import org.gradientatlas.figure.LineStyle;

/**
 * A line's style and points in the scene: colour, width (pt), dash lengths (pt, already scaled by the width as
 * matplotlib scales them), marker and its size, coordinates, and the data rows its points show ({@link SeriesMatch}).
 */
final class LineScene {
    private LineScene() {
    }

    static void style(JsonBuilder json, String label, LineStyle style) {
        double[] dash = style.dash();
        for (int i = 0; i < dash.length; i++) {
            dash[i] *= style.width();
        }
        json.key("label").value(label).key("color").value(style.color()).key("width").value(style.width())
                .key("dash").numbers(dash).key("marker").value(style.marker().name().toLowerCase(Locale.ROOT))
                .key("markerSize").value(style.markerSize());
    }

    /** The coordinates of the points kept: those {@code keep} marks and those that show a data row. */
    static double[][] kept(boolean[] keep, SeriesMatch match, double[][] coordinates) {
        int n = 0;
        for (int i = 0; i < keep.length; i++) {
            n += kept(keep, match, i) ? 1 : 0;
        }
        double[][] out = new double[coordinates.length][n];
        for (int i = 0, k = 0; i < keep.length; i++) {
            if (kept(keep, match, i)) {
                for (int c = 0; c < coordinates.length; c++) {
                    out[c][k] = coordinates[c][i];
                }
                k++;
            }
        }
        return out;
    }

    private static boolean kept(boolean[] keep, SeriesMatch match, int i) {
        return keep[i] || match != null && match.rows()[i] >= 0;
    }

    /** {@code "tip": {"series": name, "rows": [...]}}, or nothing when no series holds the points. */
    static void tip(JsonBuilder json, SeriesMatch match) {
        if (match != null) {
            json.key("tip").beginObject().key("series").value(match.series()).key("rows").integers(match.rows())
                    .endObject();
        }
    }
}
