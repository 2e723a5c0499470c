package org.gradientatlas.plot;

import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.geometry.View3D;

/**
 * The coloured cells of a surface as matplotlib 3.6's {@code plot_surface} makes them: at most 50 x 50 cells
 * (its default {@code rcount = ccount = 50}: rows and columns taken every ceil(n/50), plus the last), each a
 * polygon through the grid points on its perimeter, coloured by the mean z of those points normalized over all
 * cells. Neighbouring cells of one row with the same colour are drawn as one polygon (their union).
 */
final class SurfaceCells {
    private static final int MAX_CELLS = 50;
    /** A perimeter point this close to the line through its neighbours adds nothing visible and is left out. */
    private static final double COLLINEAR_PT = 0.05;
    /** Points by which each opaque cell overlaps its neighbours. */
    private static final double SEAM_OVERLAP = 0.3;

    private final Grid grid;
    private final View3D view;
    private final Colormap colormap;
    private final double alpha;
    private final int[] rows;
    private final int[] cols;
    private final double[][] means;
    private double low = Double.POSITIVE_INFINITY;
    private double high = Double.NEGATIVE_INFINITY;

    SurfaceCells(Grid grid, View3D view, Colormap colormap, double alpha) {
        this.grid = grid;
        this.view = view;
        this.colormap = colormap;
        this.alpha = alpha;
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
    private static int[][] perimeter(int j0, int j1, int i0, int i1) {
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

    /**
     * The polygon enlarged by about {@code SEAM_OVERLAP} around its centroid: painted back to front, each cell then
     * covers the hairline seam antialiasing would leave against its farther neighbour (an outline stroke would do
     * the same at twice the bytes).
     */
    private static Path2D grown(Path2D.Double polygon) {
        Rectangle2D bounds = polygon.getBounds2D();
        double radius = Math.max(bounds.getWidth(), bounds.getHeight()) / 2;
        if (radius < SEAM_OVERLAP) {
            return polygon;
        }
        double factor = 1 + SEAM_OVERLAP / radius;
        AffineTransform grow = AffineTransform.getTranslateInstance(bounds.getCenterX(), bounds.getCenterY());
        grow.scale(factor, factor);
        grow.translate(-bounds.getCenterX(), -bounds.getCenterY());
        return (Path2D) polygon.createTransformedShape(grow);
    }

    void paint(Graphics2D g) {
        g.setStroke(new java.awt.BasicStroke());
        // Translucent surfaces (new with seed 000) are written compactly; opaque ones keep their golden bytes.
        boolean compact = alpha < 1;
        if (compact) {
            g.setRenderingHint(CompactFills.KEY, Boolean.TRUE);
        }
        double[] x = grid.x();
        double[] y = grid.y();
        boolean rowsForward = view.depth(x[0], y[0], 0) < view.depth(x[0], y[y.length - 1], 0);
        boolean colsForward = view.depth(x[0], y[0], 0) < view.depth(x[x.length - 1], y[0], 0);
        int n = cols.length - 1;
        for (int r = 0; r < means.length; r++) {
            int a = rowsForward ? r : means.length - 1 - r;
            int c = 0;
            while (c < n) {
                int argb = argb(means[a][colsForward ? c : n - 1 - c]);
                int run = 1;
                while (c + run < n && argb(means[a][colsForward ? c + run : n - 1 - c - run]) == argb) {
                    run++;
                }
                int b0 = colsForward ? c : n - c - run;
                fill(g, rows[a], rows[a + 1], cols[b0], cols[b0 + run], argb);
                c += run;
            }
        }
        if (compact) {
            g.setRenderingHint(CompactFills.KEY, Boolean.FALSE);
        }
    }

    private int argb(double mean) {
        return Double.isFinite(mean) ? colormap.argb(high > low ? (mean - low) / (high - low) : 0.5) : 0;
    }

    private void fill(Graphics2D g, int j0, int j1, int i0, int i1, int argb) {
        if ((argb >>> 24) == 0) {
            return;
        }
        double[] x = grid.x();
        double[] y = grid.y();
        int[][] points = perimeter(j0, j1, i0, i1);
        Point2D[] screen = new Point2D[points.length];
        for (int k = 0; k < points.length; k++) {
            screen[k] = ScreenPoints.awt(
                    view.screen(x[points[k][0]], y[points[k][1]], grid.z(points[k][0], points[k][1])));
        }
        Path2D.Double polygon = new Path2D.Double();
        for (int k = 0; k < screen.length; k++) {
            Point2D before = screen[(k + screen.length - 1) % screen.length];
            Point2D after = screen[(k + 1) % screen.length];
            if (k > 0 && Line2D.ptSegDist(before.getX(), before.getY(), after.getX(), after.getY(),
                    screen[k].getX(), screen[k].getY()) < COLLINEAR_PT) {
                continue;
            }
            if (k == 0) {
                polygon.moveTo(screen[k].getX(), screen[k].getY());
            } else {
                polygon.lineTo(screen[k].getX(), screen[k].getY());
            }
        }
        polygon.closePath();
        g.setPaint(new Color((argb & 0xffffff) | ((int) Math.round(alpha * 255) << 24), true));
        g.fill(alpha >= 1 ? grown(polygon) : polygon);
    }
}
