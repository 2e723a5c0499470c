package org.gradientatlas.recipe;

import org.gradientatlas.figure.Series;
import org.gradientatlas.optim.Trajectory;

/** Turns trajectories into data-file series with a {@code step} column. */
public final class TrajectorySeries {
    private TrajectorySeries() {
    }

    /** Rows at steps 0, stride, 2 stride, ... and always the final step. */
    public static Series strided(Trajectory t, int stride, String aName, String bName) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be at least 1, got " + stride);
        }
        int last = t.points() - 1;
        int rows = last / stride + 1 + (last % stride == 0 ? 0 : 1);
        double[] step = new double[rows];
        double[] a = new double[rows];
        double[] b = new double[rows];
        double[] ta = t.a();
        double[] tb = t.b();
        for (int row = 0; row < rows; row++) {
            int k = Math.min(row * stride, last);
            step[row] = k;
            a[row] = ta[k];
            b[row] = tb[k];
        }
        return Series.builder().column("step", step).column(aName, a).column(bName, b).build();
    }

    /** Every point, without a step column (for curves that are not iterates). */
    public static Series points(Trajectory t, String aName, String bName) {
        return Series.builder().column(aName, t.a()).column(bName, t.b()).build();
    }

    /** The step column 0, 1, ..., n - 1. */
    public static double[] steps(int n) {
        double[] step = new double[n];
        for (int k = 0; k < n; k++) {
            step[k] = k;
        }
        return step;
    }

    /** Column k of row-major rows. */
    public static double[] column(double[][] rows, int k) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i][k];
        }
        return c;
    }
}
