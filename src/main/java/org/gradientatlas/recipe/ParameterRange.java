package org.gradientatlas.recipe;

import org.gradientatlas.figure.Numbers;

/** Range checks for parameter records' compact constructors: each failure names the parameter and what is allowed. */
public final class ParameterRange {
    /** Most optimizer updates or iterations a figure may ask for (about a minute of work). */
    public static final int MAX_UPDATES = 1_000_000;
    /** Most grid divisions: 2001 x 2001 loss values are already some 50 MB of JSON. */
    public static final int MAX_GRID_DIVISIONS = 2000;

    /** Largest |coordinate| of a plotted range or start point: beyond it float32 grids and axes lose meaning. */
    public static final double MAX_COORDINATE = 1e6;

    private ParameterRange() {
    }

    public static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw outOfRange(name, "a finite number", value);
        }
    }

    public static void positive(String name, double value) {
        if (!(Double.isFinite(value) && value > 0)) {
            throw outOfRange(name, "a finite number > 0", value);
        }
    }

    public static void nonNegative(String name, double value) {
        if (!(Double.isFinite(value) && value >= 0)) {
            throw outOfRange(name, "a finite number >= 0", value);
        }
    }

    public static void between(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw outOfRange(name, "between " + Numbers.shortest(min) + " and " + Numbers.shortest(max), value);
        }
    }

    public static void between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("parameter " + name + " must be an integer from " + min + " to " + max
                    + ", got " + value);
        }
    }

    /** A finite number within ±{@link #MAX_COORDINATE}. */
    public static void coordinate(String name, double value) {
        between(name, value, -MAX_COORDINATE, MAX_COORDINATE);
    }

    /** {@code lowName < highName}, both within ±{@link #MAX_COORDINATE}. */
    public static void ordered(String lowName, double low, String highName, double high) {
        coordinate(lowName, low);
        coordinate(highName, high);
        if (!(low < high)) {
            throw new IllegalArgumentException("parameter " + lowName + " must be less than " + highName + ", got "
                    + Numbers.shortest(low) + " and " + Numbers.shortest(high));
        }
    }

    /** np.arange(low, high, step): ordered bounds and a step > 0 giving at most maxCount values. */
    public static void arange(String lowName, double low, String highName, double high, String stepName, double step,
                       int maxCount) {
        ordered(lowName, low, highName, high);
        positive(stepName, step);
        if (!((high - low) / step <= maxCount && step < high - low)) {
            throw outOfRange(stepName, "less than " + highName + " - " + lowName + " and at least (" + highName
                    + " - " + lowName + ") / " + maxCount, step);
        }
    }

    private static IllegalArgumentException outOfRange(String name, String allowed, double value) {
        return new IllegalArgumentException("parameter " + name + " must be " + allowed + ", got "
                + Numbers.shortest(value));
    }
}
