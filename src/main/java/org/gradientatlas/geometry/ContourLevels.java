package org.gradientatlas.geometry;

import java.util.Arrays;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.text.ShortestDecimal;
import org.gradientatlas.ticks.MaxNLocator;

/**
 * The levels matplotlib 3.6 picks when {@code contour(z)} or {@code contourf(z)} gets no levels (or an integer
 * n): {@code ContourSet._autolev}, i.e. {@code MaxNLocator(n + 1, min_n_ticks=1)} over [zmin, zmax], trimmed to
 * keep one level at or below zmin and one at or above zmax. Filled and line contours get the same levels;
 * only when no level lies strictly inside (zmin, zmax) does a line contour fall back to the single level zmin.
 */
public final class ContourLevels {
    /** matplotlib's hard-wired default for contour(z) / contourf(z). */
    public static final int DEFAULT_COUNT = 7;

    private ContourLevels() {
    }

    /** Levels of {@code contourf(z)}: their first and last bands cover zmin and zmax. */
    public static double[] filled(double zmin, double zmax) {
        return filled(zmin, zmax, DEFAULT_COUNT);
    }

    /** Levels of {@code contourf(z, n)}. */
    public static double[] filled(double zmin, double zmax, int n) {
        return autolev(zmin, zmax, n);
    }

    /** Levels of {@code contour(z)}; some may lie outside the data and then draw nothing. */
    public static double[] lines(double zmin, double zmax) {
        return lines(zmin, zmax, DEFAULT_COUNT);
    }

    /** Levels of {@code contour(z, n)}. */
    public static double[] lines(double zmin, double zmax, int n) {
        double[] levels = autolev(zmin, zmax, n);
        boolean anyInside = Arrays.stream(levels).anyMatch(l -> l > zmin && l < zmax);
        return anyInside ? levels : new double[] {zmin};
    }

    /** Levels of {@code contourf(z)} for a grid; NaN and infinite values are left out, as matplotlib masks them. */
    public static double[] filled(Grid grid) {
        double[] range = finiteRange(grid);
        return filled(range[0], range[1]);
    }

    /** Levels of {@code contour(z)} for a grid; NaN and infinite values are left out. */
    public static double[] lines(Grid grid) {
        double[] range = finiteRange(grid);
        return lines(range[0], range[1]);
    }

    /** The smallest and largest finite value of a grid. */
    public static double[] finiteRange(Grid grid) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < grid.columns(); i++) {
                double z = grid.z(i, j);
                if (Double.isFinite(z)) {
                    min = Math.min(min, z);
                    max = Math.max(max, z);
                }
            }
        }
        if (min > max) {
            throw new IllegalArgumentException("grid has no finite value to contour");
        }
        return new double[] {min, max};
    }

    private static double[] autolev(double zmin, double zmax, int n) {
        if (!(zmin <= zmax)) {
            throw new IllegalArgumentException("zmin " + ShortestDecimal.text(zmin) + " is not <= zmax "
                    + ShortestDecimal.text(zmax));
        }
        double[] lev = new MaxNLocator(n + 1, 1).tickValues(zmin, zmax);
        int i0 = 0;
        int i1 = lev.length;
        for (int k = 0; k < lev.length; k++) {
            if (lev[k] < zmin) {
                i0 = k; // the last level below zmin
            }
        }
        for (int k = lev.length - 1; k >= 0; k--) {
            if (lev[k] > zmax) {
                i1 = k + 1; // just past the first level above zmax
            }
        }
        if (i1 - i0 < 3) {
            return lev;
        }
        return Arrays.copyOfRange(lev, i0, i1);
    }
}
