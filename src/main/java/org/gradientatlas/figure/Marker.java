package org.gradientatlas.figure;

/** A mark drawn at every point of a line, as matplotlib's {@code marker=}. */
public enum Marker {
    NONE,
    /** matplotlib's {@code "o"}: a filled disc with an edge of the line's colour. */
    CIRCLE
}
