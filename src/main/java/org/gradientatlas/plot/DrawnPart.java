package org.gradientatlas.plot;

import java.awt.Graphics2D;

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
        if (!(g instanceof Observer observer)) {
            drawing.run();
            return;
        }
        observer.begin(this);
        try {
            drawing.run();
        } finally {
            observer.end(this);
        }
    }
}
