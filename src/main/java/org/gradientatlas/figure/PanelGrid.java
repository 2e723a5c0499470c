package org.gradientatlas.figure;

import java.util.List;

/**
 * How many panels of a figure fit side by side on a canvas: a 2-D panel needs {@link #XY_MIN_PT} of width (plus
 * {@link #COLORBAR_PT} for its colorbar), a 3-D view {@link #SURFACE_MIN_PT}, in layout points (text 10 pt).
 * Narrower, the tick labels, axis labels and title leave no usable plot area (measured on the figures at
 * paper-column: a 148 pt panel with a colorbar kept a 40 pt sliver), so the panels are stacked instead.
 */
public final class PanelGrid {
    static final double XY_MIN_PT = 180;
    static final double COLORBAR_PT = 72;
    static final double SURFACE_MIN_PT = 230;
    /** A stacked row is at most 0.9 times as high as wide, so that a stack of two fits in a page column. */
    static final double STACKED_ROW_ASPECT = 0.9;

    private PanelGrid() {
    }

    /** The most columns, up to one per panel, in which every panel of the row gets its minimum width. */
    public static int columns(double widthPt, List<Panel> panels) {
        double widest = panels.stream().mapToDouble(PanelGrid::minimumWidth).max().orElse(0);
        int columns = panels.size();
        while (columns > 1 && widthPt / columns < widest) {
            columns--;
        }
        return columns;
    }

    /**
     * The canvas height for {@code columns} columns of width {@code widthPt} each keeping a figure's own panel
     * proportions ({@code own}, all panels in one row), a stacked row no higher than 0.9 of its width.
     */
    public static double height(Canvas own, int panelCount, int columns, double widthPt) {
        double aspect = own.heightPt() / (own.widthPt() / panelCount);
        if (columns == panelCount) {
            return widthPt * own.heightPt() / own.widthPt();
        }
        int rows = (panelCount + columns - 1) / columns;
        return rows * widthPt / columns * Math.min(aspect, STACKED_ROW_ASPECT);
    }

    /** The narrowest a panel may be drawn, in layout points. */
    public static double minimumWidth(Panel panel) {
        if (panel instanceof XYPanel xy) {
            return XY_MIN_PT + (xy.colorbarLabel() != null ? COLORBAR_PT : 0);
        }
        return SURFACE_MIN_PT;
    }
}
