package org.gradientatlas.recipe;

import org.gradientatlas.figure.Numbers;

/** Range checks for parameter records' compact constructors: each failure names the parameter and what is allowed. */
final class ParameterRange {
    /** Most optimizer updates or iterations a figure may ask for (about a minute of work). */
    static final int MAX_UPDATES = 1_000_000;
    /** Most grid divisions: 2001 x 2001 loss values are already some 50 MB of JSON. */
    static final int MAX_GRID_DIVISIONS = 2000;

    private ParameterRange() {
    }

    static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw outOfRange(name, "a finite number", value);
        }
    }

    static void positive(String name, double value) {
        if (!(Double.isFinite(value) && value > 0)) {
            throw outOfRange(name, "a finite number > 0", value);
        }
    }

    static void nonNegative(String name, double value) {
        if (!(Double.isFinite(value) && value >= 0)) {
            throw outOfRange(name, "a finite number >= 0", value);
        }
    }

    static void between(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw outOfRange(name, "between " + Numbers.shortest(min) + " and " + Numbers.shortest(max), value);
        }
    }

    static void between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("parameter " + name + " must be an integer from " + min + " to " + max
                    + ", got " + value);
        }
    }

    /** {@code lowName < highName}, both finite. */
    static void ordered(String lowName, double low, String highName, double high) {
        finite(lowName, low);
        finite(highName, high);
        if (!(low < high)) {
            throw new IllegalArgumentException("parameter " + lowName + " must be less than " + highName + ", got "
                    + Numbers.shortest(low) + " and " + Numbers.shortest(high));
        }
    }

    private static IllegalArgumentException outOfRange(String name, String allowed, double value) {
        return new IllegalArgumentException("parameter " + name + " must be " + allowed + ", got "
                + Numbers.shortest(value));
    }
}
