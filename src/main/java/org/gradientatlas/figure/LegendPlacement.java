package org.gradientatlas.figure;

/** Where a panel's legend goes, as matplotlib's {@code legend(loc=...)}. */
public enum LegendPlacement {
    NONE, UPPER_RIGHT, UPPER_LEFT, LOWER_LEFT, LOWER_RIGHT
}
