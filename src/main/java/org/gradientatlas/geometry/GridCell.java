package org.gradientatlas.geometry;

/**
 * One grid cell as the tracer sees it: corners counter-clockwise in index space (SW, SE, NE, NW) with their node
 * numbers, and side k running from corner k to corner k + 1 (bottom, right, top, left). A side is exposed when
 * no valid cell lies across it, so a band's boundary runs along it.
 */
public record GridCell(int[] node, double[] x, double[] y, double[] z, int[] side, boolean[] exposed,
                int crossingBase, int sideCount) {

    /** Node number of the crossing of side k by the band's lower or upper level; shared with the neighbour. */
    public int crossingNode(int k, int which) {
        return crossingBase + which * sideCount + side[k];
    }

    /** The value at the centre used to resolve saddles, as matplotlib's mpl2014 computes it. */
    public double centre() {
        return 0.25 * (z[0] + z[1] + z[3] + z[2]);
    }

    /**
     * Where side k reaches level, interpolated linearly. Both cells sharing the side and both bands sharing the
     * level must get the same bits, so the side is always taken from its lower-numbered grid point (P) to its
     * higher one (Q), whatever the direction of travel; the formula is exact at either end.
     */
    public double[] crossing(int k, double level) {
        int p = k < 2 ? k : (k + 1) % 4;
        int q = k < 2 ? k + 1 : k;
        double f = (z[q] - level) / (z[q] - z[p]);
        return new double[] {between(x[p], x[q], f), between(y[p], y[q], f)};
    }

    /** a at f = 1, b at f = 0; a side's constant coordinate stays exact. */
    private static double between(double a, double b, double f) {
        return a == b ? a : a * f + b * (1 - f);
    }
}
