package org.gradientatlas.figure;

/** Where a panel's legend goes, as matplotlib's {@code legend(loc=...)}. */
public enum LegendPlacement {
    NONE, UPPER_RIGHT, UPPER_LEFT, LOWER_LEFT, LOWER_RIGHT,
    /** matplotlib's {@code "best"}: the first place, in matplotlib's order, that covers the fewest data. */
    BEST
}
