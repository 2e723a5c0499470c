package org.gradientatlas.ticks;

import java.util.List;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.XYPanel;

/**
 * Log axes are drawn as linear axes over log10 of the data ({@link PowerOfTenAxis}), so that every position is
 * computed with StrictMath and never with JFreeChart's {@code Math.log}: this maps a panel's lines into that space.
 */
public final class LogScaling {
    private LogScaling() {
    }

    /** The panel with its line coordinates in the axes' linear coordinates (unchanged when no axis is log). */
    public static XYPanel linearised(XYPanel panel) {
        if (!panel.x().isLog() && !panel.y().isLog()) {
            return panel;
        }
        List<LineLayer> lines = panel.lines().stream()
                .map(line -> new LineLayer(line.label(), mapped(panel.x(), line.x()), mapped(panel.y(), line.y()),
                        line.style()))
                .toList();
        return panel.withLines(lines);
    }

    private static double[] mapped(Axis axis, double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = axis.toLinear(values[i]);
        }
        return out;
    }
}
