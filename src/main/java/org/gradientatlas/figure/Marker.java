package org.gradientatlas.figure;

/** A mark drawn at every point of a line, as matplotlib's {@code marker=}. */
public enum Marker {
    NONE,
    /** matplotlib's {@code "o"}: a filled disc with an edge of the line's colour. */
    CIRCLE,
    /** matplotlib's {@code "s"}: a filled square. */
    SQUARE,
    /** matplotlib's {@code "D"}: a filled square standing on a corner. */
    DIAMOND,
    /**
     * A filled arrowhead at the end of every segment, pointing along it, as the seeds' {@code quiver} between
     * successive iterates draws them; a two-point line is a single arrow (e.g. a gradient).
     */
    ARROW
}
