package org.gradientatlas.scene;

import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.HeatMapLayer;
import org.gradientatlas.figure.XYPanel;

/**
 * A panel's colorbar, as plot.ColorbarPainter draws it: for a heat map the colormap's 256 entries as one strip over
 * [vmin, vmax], for filled contours one band per level interval in the band's colour, ticked at every level when
 * the levels are evenly spaced (at most 12); a value axis and a label; or null when the panel has none.
 */
final class ColorbarScene {
    private static final int MOST_LEVEL_TICKS = 12;

    private ColorbarScene() {
    }

    static void write(JsonBuilder json, XYPanel panel, SceneParts parts) {
        if (panel.colorbarLabel() == null) {
            json.value((String) null);
        } else if (!panel.heatMaps().isEmpty()) {
            strip(json, panel.heatMaps().get(0), panel.colorbarLabel(), parts);
        } else {
            bands(json, panel.contours().get(0), panel.colorbarLabel(), parts);
        }
    }

    private static void strip(JsonBuilder json, HeatMapLayer heatMap, String label, SceneParts parts) {
        parts.colormap(heatMap.colormap());
        double lo = heatMap.vmin();
        double hi = heatMap.vmax() > lo ? heatMap.vmax() : lo + 1;
        json.beginObject().key("kind").value("strip").key("colormap").value(heatMap.colormap()).key("axis");
        AxisScene.linear(json, label, lo, hi, 0);
        json.endObject();
    }

    private static void bands(JsonBuilder json, FilledContourLayer contour, String label, SceneParts parts) {
        ColormapTable colormap = parts.colormap(contour.colormap());
        double[] levels = contour.levels();
        String[] colors = new String[levels.length - 1];
        for (int k = 0; k < colors.length; k++) {
            colors[k] = colormap.css(colormap.index(FilledContourLayer.colourPosition(levels, k)));
        }
        double spacing = (levels[levels.length - 1] - levels[0]) / (levels.length - 1);
        boolean even = true;
        for (int j = 1; j < levels.length; j++) {
            even &= Math.abs(levels[j] - levels[j - 1] - spacing) <= 1e-9 * spacing;
        }
        // As ColorbarPainter: a hair of slack keeps the end levels' ticks (1.2 / 0.3 = 3.9999999999999996).
        boolean tickEveryLevel = even && levels.length <= MOST_LEVEL_TICKS;
        double slack = tickEveryLevel ? 1e-9 * spacing : 0;
        json.beginObject().key("kind").value("bands").key("levels").numbers(levels).key("colors").strings(colors)
                .key("axis");
        AxisScene.linear(json, label, levels[0] - slack, levels[levels.length - 1] + slack,
                tickEveryLevel ? spacing : 0);
        json.endObject();
    }
}
