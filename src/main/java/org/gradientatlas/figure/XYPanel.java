package org.gradientatlas.figure;

import java.util.List;

/**
 * One set of 2-D axes: heat maps, then filled contours, under line layers, each drawn in order, a legend, and optionally a colorbar
 * for the first heat map (or, without one, the first filled contour).
 *
 * @param colorbarLabel the colorbar's label, or null for no colorbar
 * @param equalAspect   one data unit is as long on x as on y (matplotlib's {@code imshow} default)
 */
public record XYPanel(String title, Axis x, Axis y, List<HeatMapLayer> heatMaps,
                      List<FilledContourLayer> contours, List<LineLayer> lines, LegendPlacement legend,
                      String colorbarLabel, boolean equalAspect) implements Panel {
    public XYPanel {
        heatMaps = List.copyOf(heatMaps);
        contours = List.copyOf(contours);
        lines = List.copyOf(lines);
        if (colorbarLabel != null && heatMaps.isEmpty() && contours.isEmpty()) {
            throw new IllegalArgumentException("a colorbar needs a heat map or filled contours to explain");
        }
        if ((x.isLog() || y.isLog()) && (!heatMaps.isEmpty() || !contours.isEmpty() || equalAspect)) {
            throw new IllegalArgumentException("panel '" + title + "': log axes take lines only (no heat map,"
                    + " filled contour or equal aspect)");
        }
    }

    /** The same panel with its lines replaced. */
    public XYPanel withLines(List<LineLayer> newLines) {
        return new XYPanel(title, x, y, heatMaps, contours, newLines, legend, colorbarLabel, equalAspect);
    }

    /** A panel of lines only. */
    public XYPanel(String title, Axis x, Axis y, List<LineLayer> lines, LegendPlacement legend) {
        this(title, x, y, List.of(), List.of(), lines, legend, null, false);
    }
}
