package org.gradientatlas.figure;

/** A polyline in 3-D, e.g. an optimizer's path on a loss surface; drawn over the surface. */
public record Line3D(String label, double[] x, double[] y, double[] z, LineStyle style) {
    public Line3D {
        if (x.length != y.length || y.length != z.length) {
            throw new IllegalArgumentException("line '" + label + "' has coordinate arrays of different lengths");
        }
        x = x.clone();
        y = y.clone();
        z = z.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[] z() {
        return z.clone();
    }
}
