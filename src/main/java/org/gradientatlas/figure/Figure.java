package org.gradientatlas.figure;

import java.util.List;

/**
 * A recipe's whole result: the data written to JSON and the drawing model that the plot layer renders.
 * Panels fill a grid of {@code columns} equal cells, left to right, then top to bottom; recipes put them all in
 * one row, and a narrow {@link SizePreset} stacks them (see {@link PanelGrid}).
 */
public record Figure(FigureData data, Canvas canvas, List<Panel> panels, int columns) {
    public Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        if (columns < 1 || columns > panels.size()) {
            throw new IllegalArgumentException("columns must be within [1, " + panels.size() + "], got " + columns);
        }
    }

    /** All panels side by side in one row. */
    public Figure(FigureData data, Canvas canvas, List<Panel> panels) {
        this(data, canvas, panels, panels.size());
    }

    public String id() {
        return data.id();
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }
}
