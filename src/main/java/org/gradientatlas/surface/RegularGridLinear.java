package org.gradientatlas.surface;

import org.gradientatlas.text.ShortestDecimal;

/**
 * scipy's {@code RegularGridInterpolator((a, b), values)} with its defaults (method "linear", bounds_error=True),
 * as scipy 1.10 evaluates a 2-D float64 grid (the evaluate_linear_2d fast path): the domain is the closed box of
 * the axes, a point outside (or NaN) is an error, and inside the value is the bilinear blend of the four corners
 * of the cell, summed in scipy's order.
 */
public final class RegularGridLinear implements BoundedLoss {
    private final double[] a;
    private final double[] b;
    private final double[][] values;

    /** values[i][j] at (a[i], b[j]); both axes strictly increasing with at least two points. */
    public RegularGridLinear(double[] a, double[] b, double[][] values) {
        checkAxis("a", a);
        checkAxis("b", b);
        if (values.length != a.length) {
            throw new IllegalArgumentException("values has " + values.length + " rows, expected " + a.length);
        }
        this.values = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            if (values[i].length != b.length) {
                throw new IllegalArgumentException("values row " + i + " has " + values[i].length
                        + " entries, expected " + b.length);
            }
            this.values[i] = values[i].clone();
        }
        this.a = a.clone();
        this.b = b.clone();
    }

    /** {@code np.linspace(start, stop, num, endpoint=False)}: start + k (stop - start) / num. */
    public static double[] linspaceWithoutEndpoint(double start, double stop, int num) {
        double step = (stop - start) / num;
        double[] v = new double[num];
        for (int k = 0; k < num; k++) {
            v[k] = k * step + start;
        }
        return v;
    }

    /** scipy's bounds check: a[0] <= a <= a[-1] and likewise for b (false for NaN). */
    @Override
    public boolean contains(double p, double q) {
        return a[0] <= p && p <= a[a.length - 1] && b[0] <= q && q <= b[b.length - 1];
    }

    @Override
    public double value(double p, double q) {
        if (!contains(p, q)) {
            throw new IllegalArgumentException("(" + ShortestDecimal.text(p) + ", " + ShortestDecimal.text(q)
                    + ") is outside the grid's domain ["
                    + ShortestDecimal.text(a[0]) + ", " + ShortestDecimal.text(a[a.length - 1]) + "] x ["
                    + ShortestDecimal.text(b[0]) + ", "
                    + ShortestDecimal.text(b[b.length - 1]) + "]");
        }
        int i = interval(a, p);
        int j = interval(b, q);
        double y0 = (p - a[i]) / (a[i + 1] - a[i]);
        double y1 = (q - b[j]) / (b[j + 1] - b[j]);
        return values[i][j] * (1 - y0) * (1 - y1) + values[i][j + 1] * (1 - y0) * y1
                + values[i + 1][j] * y0 * (1 - y1) + values[i + 1][j + 1] * y0 * y1;
    }

    /** The cell k with axis[k] <= v < axis[k + 1]; the last cell for v at the upper end (find_interval_ascending). */
    private static int interval(double[] axis, double v) {
        int low = 0;
        int high = axis.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (axis[mid] <= v) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static void checkAxis(String name, double[] axis) {
        if (axis.length < 2) {
            throw new IllegalArgumentException("axis " + name + " needs at least 2 points, got " + axis.length);
        }
        for (int k = 1; k < axis.length; k++) {
            if (!(axis[k] > axis[k - 1])) {
                throw new IllegalArgumentException("axis " + name + " must increase strictly, got "
                        + ShortestDecimal.text(axis[k - 1]) + " then " + ShortestDecimal.text(axis[k]));
            }
        }
    }
}
