package org.gradientatlas.geometry;

import java.util.Arrays;

/**
 * A contour line or the boundary ring of a filled band, in data coordinates. A closed path does not repeat its
 * first point at the end; the caller closes it (Path2D.closePath).
 */
public record ContourPath(double[] x, double[] y, boolean closed) {

    public ContourPath {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points, y has " + y.length);
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    public double x(int index) {
        return x[index];
    }

    public double y(int index) {
        return y[index];
    }

    /** Shoelace area of the closed path: positive when counter-clockwise (x right, y up), negative for holes. */
    public double signedArea() {
        double twice = 0;
        for (int k = 0, prev = x.length - 1; k < x.length; prev = k++) {
            twice += x[prev] * y[k] - x[k] * y[prev];
        }
        return twice / 2;
    }

    /** The same path traversed the other way. */
    public ContourPath reversed() {
        double[] rx = new double[x.length];
        double[] ry = new double[y.length];
        for (int k = 0; k < x.length; k++) {
            rx[k] = x[x.length - 1 - k];
            ry[k] = y[y.length - 1 - k];
        }
        return new ContourPath(rx, ry, closed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContourPath that && closed == that.closed
                && Arrays.equals(x, that.x) && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(x) * 31 + Arrays.hashCode(y)) * 2 + (closed ? 1 : 0);
    }

    @Override
    public String toString() {
        return (closed ? "ring" : "line") + " of " + x.length + " points";
    }
}
