package org.gradientatlas.geometry;

import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Grid;

/**
 * Contour lines and filled bands of a grid by marching squares, in data coordinates.
 *
 * <p>Values are interpolated linearly along cell sides and joined by straight chords inside a cell, as
 * matplotlib's default 'mpl2014' generator does. A saddle cell (diagonal corners on the same side of a level) is
 * resolved with the mean of its four corners: if that centre value is above the level the two above corners are
 * joined, otherwise the two below corners, where "above" means {@code z > level}, as in matplotlib.
 *
 * <p>A cell with a NaN or infinite corner is left empty (matplotlib's corner_mask would still fill the triangle
 * of its three valid corners). Bands are merged across cells into rings, and every crossing point is computed
 * from the side it lies on alone, so neighbouring bands share their boundary vertex for vertex and the bands of
 * levels spanning the data tile the valid cells without gaps or overlaps.
 */
public final class MarchingSquares {
    private final double[] x;
    private final double[] y;
    private final Grid grid;
    private final boolean[] valid;
    private final boolean mirrored;

    public MarchingSquares(Grid grid) {
        this.grid = grid;
        this.x = grid.x();
        this.y = grid.y();
        if (x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("contouring needs at least 2 x 2 grid points");
        }
        int sx = direction(x, "x");
        int sy = direction(y, "y");
        this.mirrored = sx != sy;
        this.valid = validCells();
    }

    /** Contour lines at a level, each with values above the level on its left; closed loops are marked closed. */
    public List<ContourPath> lines(double level) {
        return trace(LevelBand.above(level), false);
    }

    /** Where {@code lower < z <= upper}; either bound may be infinite. */
    public Isoband band(double lower, double upper) {
        return new Isoband(lower, upper, trace(new LevelBand(lower, upper, false), true));
    }

    /**
     * matplotlib's contourf bands for increasing levels: {@code levels[k] < z <= levels[k + 1]}, except that the
     * lowest band also includes {@code z == levels[0]}.
     */
    public List<Isoband> bands(double[] levels) {
        List<Isoband> bands = new ArrayList<>();
        for (int k = 0; k + 1 < levels.length; k++) {
            LevelBand band = new LevelBand(levels[k], levels[k + 1], k == 0);
            bands.add(new Isoband(levels[k], levels[k + 1], trace(band, true)));
        }
        return bands;
    }

    private List<ContourPath> trace(LevelBand band, boolean filled) {
        int nx = x.length;
        int ny = y.length;
        int sides = (nx - 1) * ny + nx * (ny - 1);
        EdgeChain chain = new EdgeChain(nx * ny + 2 * sides);
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                if (valid[j * (nx - 1) + i] && contributes(i, j, band, filled)) {
                    CellTracer.trace(cell(i, j), band, chain, filled);
                }
            }
        }
        List<ContourPath> paths = chain.paths();
        return mirrored ? paths.stream().map(ContourPath::reversed).toList() : paths;
    }

    /** False for a cell that adds no edge: no level crosses it, and it is outside the band or has no exposed side. */
    private boolean contributes(int i, int j, LevelBand band, boolean filled) {
        int cls = band.classify(grid.z(i, j));
        boolean uniform = cls == band.classify(grid.z(i + 1, j)) && cls == band.classify(grid.z(i, j + 1))
                && cls == band.classify(grid.z(i + 1, j + 1));
        return !uniform || filled && cls == 1 && !(valid(i, j - 1) && valid(i + 1, j) && valid(i, j + 1)
                && valid(i - 1, j));
    }

    private GridCell cell(int i, int j) {
        int nx = x.length;
        int[] ci = {i, i + 1, i + 1, i};
        int[] cj = {j, j, j + 1, j + 1};
        int[] node = new int[4];
        double[] cx = new double[4];
        double[] cy = new double[4];
        double[] cz = new double[4];
        for (int k = 0; k < 4; k++) {
            node[k] = cj[k] * nx + ci[k];
            cx[k] = x[ci[k]];
            cy[k] = y[cj[k]];
            cz[k] = grid.z(ci[k], cj[k]);
        }
        int horizontal = (nx - 1) * y.length;
        int[] side = {j * (nx - 1) + i, horizontal + j * nx + i + 1, (j + 1) * (nx - 1) + i, horizontal + j * nx + i};
        boolean[] exposed = {!valid(i, j - 1), !valid(i + 1, j), !valid(i, j + 1), !valid(i - 1, j)};
        return new GridCell(node, cx, cy, cz, side, exposed, nx * y.length, horizontal + nx * (y.length - 1));
    }

    private boolean valid(int i, int j) {
        return i >= 0 && j >= 0 && i + 1 < x.length && j + 1 < y.length && valid[j * (x.length - 1) + i];
    }

    private boolean[] validCells() {
        boolean[] cells = new boolean[(x.length - 1) * (y.length - 1)];
        for (int j = 0; j + 1 < y.length; j++) {
            for (int i = 0; i + 1 < x.length; i++) {
                cells[j * (x.length - 1) + i] = Double.isFinite(grid.z(i, j)) && Double.isFinite(grid.z(i + 1, j))
                        && Double.isFinite(grid.z(i, j + 1)) && Double.isFinite(grid.z(i + 1, j + 1));
            }
        }
        return cells;
    }

    /** +1 for strictly increasing coordinates, -1 for strictly decreasing ones. */
    private static int direction(double[] values, String name) {
        int sign = values[1] > values[0] ? 1 : -1;
        for (int k = 0; k < values.length; k++) {
            double step = k == 0 ? 1 : (values[k] - values[k - 1]) * sign;
            if (!(step > 0) || !Double.isFinite(values[k])) {
                throw new IllegalArgumentException(name + " must be finite and strictly monotonic, not at index " + k);
            }
        }
        return sign;
    }
}
