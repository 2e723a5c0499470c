package org.gradientatlas.geometry;

import java.util.Arrays;

/** Accumulates polyline vertices with NaN breaks between pieces, skipping repeated vertices. */
public final class PolylineBuilder {
    private double[] x;
    private double[] y;
    private int size;

    public PolylineBuilder(int capacity) {
        x = new double[Math.max(capacity, 16)];
        y = new double[x.length];
    }

    public void lineTo(double px, double py) {
        if (size > 0 && x[size - 1] == px && y[size - 1] == py) {
            return;
        }
        add(px, py);
    }

    public void breakLine() {
        if (size > 0 && !Double.isNaN(x[size - 1])) {
            add(Double.NaN, Double.NaN);
        }
    }

    public double[][] build() {
        int n = size > 0 && Double.isNaN(x[size - 1]) ? size - 1 : size;
        return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
    }

    private void add(double px, double py) {
        if (size == x.length) {
            x = Arrays.copyOf(x, size * 2);
            y = Arrays.copyOf(y, size * 2);
        }
        x[size] = px;
        y[size++] = py;
    }
}
