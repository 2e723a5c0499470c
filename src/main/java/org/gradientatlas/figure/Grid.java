package org.gradientatlas.figure;

/**
 * Values of a function on a rectangular grid: {@code z[j][i] = f(x[i], y[j])}, as the data file contract
 * and matplotlib's {@code contourf(x, y, z)} both index it.
 */
public final class Grid {
    private final double[] x;
    private final double[] y;
    private final double[][] z;

    public Grid(double[] x, double[] y, double[][] z) {
        if (z.length != y.length) {
            throw new IllegalArgumentException("grid has " + z.length + " rows, expected one per y (" + y.length + ")");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.z = new double[z.length][];
        for (int j = 0; j < z.length; j++) {
            if (z[j].length != x.length) {
                throw new IllegalArgumentException("grid row " + j + " has " + z[j].length
                        + " values, expected one per x (" + x.length + ")");
            }
            this.z[j] = z[j].clone();
        }
    }

    public double[] x() {
        return x.clone();
    }

    public double[] y() {
        return y.clone();
    }

    public double z(int i, int j) {
        return z[j][i];
    }

    public int columns() {
        return x.length;
    }

    public int rows() {
        return y.length;
    }
}
