package org.gradientatlas.figure;

/**
 * A grid drawn as matplotlib's {@code imshow(z.T[::-1], extent=..., cmap=...)} draws it: cell (i, j) is a
 * flat rectangle of the colour of z(i, j), column i from the left and row j from the bottom, the cells
 * dividing the extent evenly; colours span [vmin, vmax] (by default the grid's finite range).
 */
public record HeatMapLayer(Grid grid, String colormap, double xMin, double xMax, double yMin, double yMax,
                           double vmin, double vmax) {
    public HeatMapLayer {
        if (!(xMin < xMax && yMin < yMax)) {
            throw new IllegalArgumentException("heat map extent must have min < max, got x "
                    + Numbers.shortest(xMin) + ".."
                    + Numbers.shortest(xMax) + ", y " + Numbers.shortest(yMin) + ".." + Numbers.shortest(yMax));
        }
        if (!(vmin <= vmax)) {
            throw new IllegalArgumentException("heat map needs vmin <= vmax, got " + Numbers.shortest(vmin)
                    + ", " + Numbers.shortest(vmax));
        }
    }

    /** A heat map over the given extent, coloured over the grid's finite range. */
    public static HeatMapLayer of(Grid grid, String colormap, double xMin, double xMax, double yMin, double yMax) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < grid.columns(); i++) {
                double z = grid.z(i, j);
                if (Double.isFinite(z)) {
                    lo = Math.min(lo, z);
                    hi = Math.max(hi, z);
                }
            }
        }
        return lo <= hi ? new HeatMapLayer(grid, colormap, xMin, xMax, yMin, yMax, lo, hi)
                : new HeatMapLayer(grid, colormap, xMin, xMax, yMin, yMax, 0, 1);
    }
}
