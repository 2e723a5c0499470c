package org.gradientatlas.figure;

import java.util.List;

/**
 * A recipe's whole result: the data written to JSON and the drawing model that the plot layer renders.
 * Panels are laid out side by side, left to right, on one canvas.
 */
public record Figure(FigureData data, Canvas canvas, List<Panel> panels) {
    public Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
    }

    public String id() {
        return data.id();
    }
}
