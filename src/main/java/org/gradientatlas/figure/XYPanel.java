package org.gradientatlas.figure;

import java.util.List;

/** One set of 2-D axes with its line layers, drawn in order, and its legend. */
public record XYPanel(String title, Axis x, Axis y, List<LineLayer> lines, LegendPlacement legend)
        implements Panel {
    public XYPanel {
        lines = List.copyOf(lines);
    }
}
