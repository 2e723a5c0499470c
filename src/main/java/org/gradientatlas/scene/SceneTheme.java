package org.gradientatlas.scene;

/**
 * Sizes and colours of everything that is not data, in points, as plot.Theme's matplotlib-like defaults (12 pt
 * titles, 10 pt text, 0.8 pt axes and ticks, 3.5 pt ticks, legend frame #cccccc on 80% white) and the 3-D box's
 * pane colours (plot.Box3DPainter); SceneThemeTest checks them against the JVM's.
 */
final class SceneTheme {
    static final String FONT = "Liberation Sans";
    static final double TITLE_PT = 12;
    static final double TEXT_PT = 10;
    static final double AXIS_LINE_PT = 0.8;
    static final double TICK_LENGTH_PT = 3.5;
    static final String LEGEND_EDGE = "#cccccc";
    static final double LEGEND_FILL_OPACITY = 0.8;
    static final double LEGEND_INSET = 0.02;
    static final double OUTER_PADDING_PT = 10;
    static final String PANE = "#f9f9f9";
    static final String PANE_EDGE = "#d0d0d0";
    static final String GRID = "#e3e3e3";

    private SceneTheme() {
    }

    static void write(JsonBuilder json) {
        json.beginObject().key("font").value(FONT).key("titleSize").value(TITLE_PT).key("textSize").value(TEXT_PT)
                .key("axisLineWidth").value(AXIS_LINE_PT).key("tickLength").value(TICK_LENGTH_PT)
                .key("legendEdge").value(LEGEND_EDGE).key("legendFillOpacity").value(LEGEND_FILL_OPACITY)
                .key("legendInset").value(LEGEND_INSET).key("padding").value(OUTER_PADDING_PT)
                .key("pane").value(PANE).key("paneEdge").value(PANE_EDGE).key("grid").value(GRID).endObject();
    }
}
