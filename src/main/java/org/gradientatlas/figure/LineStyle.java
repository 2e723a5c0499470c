package org.gradientatlas.figure;

/**
 * How a line is stroked, in points.
 *
 * @param color      a CSS hex colour, {@code #rrggbb}
 * @param width      the line's width; 0 draws the markers only (a scatter plot)
 * @param dash       on/off lengths in points as matplotlib's {@code (offset, (on, off, ...))}, empty for solid
 * @param marker     the mark at every point
 * @param markerSize the marker's diameter in points (matplotlib's {@code markersize}, default 6)
 */
public record LineStyle(String color, double width, double[] dash, Marker marker, double markerSize) {
    /** matplotlib's {@code lines.markersize}. */
    public static final double DEFAULT_MARKER_SIZE = 6;

    public LineStyle {
        if (!isHexColour(color)) {
            throw new IllegalArgumentException("colour must be #rrggbb in lower case, got " + color);
        }
        if (!(width >= 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("line width must be finite and >= 0, got " + Numbers.shortest(width));
        }
        if (width == 0 && marker == Marker.NONE) {
            throw new IllegalArgumentException("a line of width 0 needs markers, or it draws nothing");
        }
        if (marker != Marker.NONE && !(markerSize > 0)) {
            throw new IllegalArgumentException("marker size must be > 0, got " + Numbers.shortest(markerSize));
        }
        dash = dash.clone();
        if (marker != Marker.NONE && dash.length > 0) {
            throw new IllegalArgumentException("a line with markers is drawn solid");
        }
    }

    public static LineStyle solid(String color, double width) {
        return new LineStyle(color, width, new double[0], Marker.NONE, 0);
    }

    public static LineStyle dashed(String color, double width, double... dash) {
        return new LineStyle(color, width, dash, Marker.NONE, 0);
    }

    /** A solid line with a disc at every point, as matplotlib's {@code plot(..., marker="o")}. */
    public static LineStyle withCircles(String color, double width) {
        return new LineStyle(color, width, new double[0], Marker.CIRCLE, DEFAULT_MARKER_SIZE);
    }

    /** A solid line with the given marker at every point. */
    public static LineStyle withMarkers(String color, double width, Marker marker, double markerSize) {
        return new LineStyle(color, width, new double[0], marker, markerSize);
    }

    /** Markers without a line, as matplotlib's {@code scatter} or {@code plot(..., "o", linestyle="")}. */
    public static LineStyle markersOnly(String color, Marker marker, double markerSize) {
        return new LineStyle(color, 0, new double[0], marker, markerSize);
    }

    public boolean hasLine() {
        return width > 0;
    }

    @Override
    public double[] dash() {
        return dash.clone();
    }

    /** #rrggbb in lower case (checked without regular expressions, which the browser build would have to carry). */
    private static boolean isHexColour(String color) {
        boolean hex = color.length() == 7 && color.charAt(0) == '#';
        for (int i = 1; hex && i < 7; i++) {
            char c = color.charAt(i);
            hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
        }
        return hex;
    }
}
