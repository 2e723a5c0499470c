package org.gradientatlas.plot;

import java.awt.Graphics2D;
import java.util.function.Supplier;

/**
 * The parts of a figure that a layout check must tell apart in the drawing: the data (lines, markers, a 3-D
 * surface; heat maps and filled contours are backgrounds), a legend, one axis's tick labels, and a panel's
 * title. The painters
 * announce each part to a Graphics2D that is an {@link Observer} (the layout audit's); any other Graphics2D
 * draws exactly as without them.
 */
public enum DrawnPart {
    DATA, LEGEND, TICK_LABELS, TITLE;

    /** A Graphics2D that wants to know which part the following drawing calls belong to. */
    public interface Observer {
        void begin(DrawnPart part);

        void end(DrawnPart part);
    }

    /** Runs {@code drawing} as this part of the figure. */
    public void during(Graphics2D g, Runnable drawing) {
        during(g, () -> {
            drawing.run();
            return null;
        });
    }

    /** Runs {@code drawing} as this part of the figure and returns what it returns. */
    public <T> T during(Graphics2D g, Supplier<T> drawing) {
        if (!(g instanceof Observer observer)) {
            return drawing.get();
        }
        observer.begin(this);
        try {
            return drawing.get();
        } finally {
            observer.end(this);
        }
    }
}
