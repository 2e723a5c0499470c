package org.gradientatlas.figure;

/** A polyline through (x[i], y[i]) with a legend label; drawn at full resolution. */
public record LineLayer(String label, double[] x, double[] y, LineStyle style) {
    public LineLayer {
        if (x.length != y.length) {
            throw new IllegalArgumentException("line '" + label + "' has " + x.length + " x and " + y.length + " y values");
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
}
