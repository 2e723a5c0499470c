package org.gradientatlas.surface;

/** numpy 1.24's {@code linspace(start, stop, num)} in float64: {@code i * step + start}, the last point set to stop. */
public final class NumpyLinspace {
    private NumpyLinspace() {
    }

    public static double[] of(double start, double stop, int num) {
        if (num < 2) {
            throw new IllegalArgumentException("linspace needs num >= 2, got " + num);
        }
        double step = (stop - start) / (num - 1);
        double[] values = new double[num];
        for (int i = 0; i < num; i++) {
            values[i] = i * step + start;
        }
        values[num - 1] = stop;
        return values;
    }
}
