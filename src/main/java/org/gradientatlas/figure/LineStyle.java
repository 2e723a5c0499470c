package org.gradientatlas.figure;

/**
 * How a line is stroked, in points.
 *
 * @param color a CSS hex colour, {@code #rrggbb}
 * @param dash  on/off lengths in points as matplotlib's {@code (offset, (on, off, ...))}, empty for solid
 */
public record LineStyle(String color, double width, double[] dash) {
    public LineStyle {
        if (!color.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("colour must be #rrggbb in lower case, got " + color);
        }
        dash = dash.clone();
    }

    public static LineStyle solid(String color, double width) {
        return new LineStyle(color, width, new double[0]);
    }

    public static LineStyle dashed(String color, double width, double... dash) {
        return new LineStyle(color, width, dash);
    }

    @Override
    public double[] dash() {
        return dash.clone();
    }
}
