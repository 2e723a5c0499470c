package org.gradientatlas.figure;

/**
 * One axis of a panel: label, fixed range and tick spacing.
 *
 * @param tickStep distance between major ticks, or 0 to let the chart choose
 */
public record Axis(String label, double min, double max, double tickStep) {
    public Axis {
        if (!(min < max)) {
            throw new IllegalArgumentException("axis '" + label + "' needs min < max, got " + min + ", " + max);
        }
    }

    public static Axis of(String label, double min, double max, double tickStep) {
        return new Axis(label, min, max, tickStep);
    }
}
