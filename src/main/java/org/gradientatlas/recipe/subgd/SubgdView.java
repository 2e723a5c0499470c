package org.gradientatlas.recipe.subgd;

import org.gradientatlas.figure.Grid;
import org.gradientatlas.surface.RegularGridLinear;

/**
 * The part of the surface that subgd-projection shows (the seed's TODO: "crop perlin noise to contain roughly only
 * the gradient trajectory"): the box around every plotted point plus a margin, within the loss's domain, sampled
 * {@code sampling} times finer than the seed's grid (the interpolated loss is what the runs descend, so the
 * contours then follow it rather than the grid's cells); and the lowest loss on those samples.
 */
public record SubgdView(Grid grid, int optimumI, int optimumJ) {
    static final int MAX_SAMPLES = 400;

    /** The view of the points {xs[k], ys[k]}, each array one run's coordinates. */
    static SubgdView around(RegularGridLinear loss, double domainEnd, double step, double margin, double[][] xs,
                            double[][] ys) {
        double[] x = samples(bounds(xs, margin, domainEnd), step);
        double[] y = samples(bounds(ys, margin, domainEnd), step);
        Grid grid = PerlinLandscape.sampled(loss, x, y);
        int bestI = 0;
        int bestJ = 0;
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                if (grid.z(i, j) < grid.z(bestI, bestJ)) {
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        return new SubgdView(grid, bestI, bestJ);
    }

    double optimumX() {
        return grid.x()[optimumI];
    }

    double optimumY() {
        return grid.y()[optimumJ];
    }

    double optimumLoss() {
        return grid.z(optimumI, optimumJ);
    }

    /** [min - margin, max + margin] of the finite values, within [0, domainEnd]. */
    private static double[] bounds(double[][] runs, double margin, double domainEnd) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] run : runs) {
            for (double v : run) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[] {Math.max(0, lo - margin), Math.min(domainEnd, hi + margin)};
    }

    /** Multiples of step covering [lo, hi] from the outside, each clamped to the range's ends. */
    private static double[] samples(double[] range, double step) {
        long first = (long) StrictMath.floor(range[0] / step);
        long last = (long) StrictMath.ceil(range[1] / step);
        if (last - first + 1 > MAX_SAMPLES) {
            throw new IllegalArgumentException("the view would need " + (last - first + 1) + " samples per axis;"
                    + " allowed are " + MAX_SAMPLES + " (lower gridSize, sampling or cropMargin)");
        }
        double[] v = new double[(int) (last - first + 1)];
        for (int k = 0; k < v.length; k++) {
            v[k] = Math.min(range[1], Math.max(range[0], (first + k) * step));
        }
        if (v.length < 2 || v[0] == v[v.length - 1]) {
            throw new IllegalArgumentException("the runs span no area to show; give a positive cropMargin");
        }
        return v;
    }
}
