package org.gradientatlas.geometry;

import org.gradientatlas.figure.Grid;

/**
 * The cells of a surface as matplotlib 3.6's {@code plot_surface} makes them: at most 50 x 50 blocks (its default
 * {@code rcount = ccount = 50}: rows and columns taken every ceil(n/50), plus the last), each a polygon through
 * the grid points on its perimeter, coloured by the mean z of those points normalized over all blocks.
 */
public final class SurfaceBlocks {
    private static final int MAX_CELLS = 50;

    private final Grid grid;
    private final int[] rows;
    private final int[] cols;
    private final double[][] means;
    private double low = Double.POSITIVE_INFINITY;
    private double high = Double.NEGATIVE_INFINITY;

    public SurfaceBlocks(Grid grid) {
        this.grid = grid;
        rows = strided(grid.rows());
        cols = strided(grid.columns());
        means = new double[rows.length - 1][cols.length - 1];
        for (int a = 0; a < means.length; a++) {
            for (int b = 0; b < means[a].length; b++) {
                double m = perimeterMean(rows[a], rows[a + 1], cols[b], cols[b + 1]);
                means[a][b] = m;
                if (Double.isFinite(m)) {
                    low = Math.min(low, m);
                    high = Math.max(high, m);
                }
            }
        }
    }

    /** The grid rows (j) that bound the blocks, first and last included. */
    public int[] rows() {
        return rows.clone();
    }

    /** The grid columns (i) that bound the blocks, first and last included. */
    public int[] cols() {
        return cols.clone();
    }

    /**
     * Where block (a, b), between rows a and a + 1 and columns b and b + 1 of {@link #rows} and {@link #cols}, lies
     * on the colormap: its mean z normalized over all blocks (0.5 when they are all alike, NaN for a block with a
     * non-finite corner).
     */
    public double colourPosition(int a, int b) {
        double mean = means[a][b];
        return Double.isFinite(mean) ? (high > low ? (mean - low) / (high - low) : 0.5) : Double.NaN;
    }

    /** matplotlib: {@code list(range(0, n - 1, stride)) + [n - 1]} with stride = ceil(n / 50). */
    private static int[] strided(int n) {
        int stride = Math.max(1, (n + MAX_CELLS - 1) / MAX_CELLS);
        int count = (n - 2) / stride + 2;
        int[] indices = new int[count];
        for (int k = 0; k < count - 1; k++) {
            indices[k] = k * stride;
        }
        indices[count - 1] = n - 1;
        return indices;
    }

    private double perimeterMean(int j0, int j1, int i0, int i1) {
        double sum = 0;
        int n = 0;
        for (int[] p : perimeter(j0, j1, i0, i1)) {
            sum += grid.z(p[0], p[1]);
            n++;
        }
        return sum / n;
    }

    /** Grid points (i, j) around the block, once each, in order: bottom edge, right, top, left. */
    public static int[][] perimeter(int j0, int j1, int i0, int i1) {
        int w = i1 - i0;
        int h = j1 - j0;
        int[][] points = new int[2 * (w + h)][];
        int k = 0;
        for (int i = i0; i < i1; i++) {
            points[k++] = new int[] {i, j0};
        }
        for (int j = j0; j < j1; j++) {
            points[k++] = new int[] {i1, j};
        }
        for (int i = i1; i > i0; i--) {
            points[k++] = new int[] {i, j1};
        }
        for (int j = j1; j > j0; j--) {
            points[k++] = new int[] {i0, j};
        }
        return points;
    }
}
