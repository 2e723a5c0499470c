package org.gradientatlas.plot;

import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.geometry.SurfaceBlocks;
import org.gradientatlas.geometry.View3D;

/**
 * The coloured cells of a surface ({@link SurfaceBlocks}) on screen, back to front. Neighbouring cells of one row
 * with the same colour are drawn as one polygon (their union).
 */
final class SurfaceCells {
    /** A perimeter point this close to the line through its neighbours adds nothing visible and is left out. */
    private static final double COLLINEAR_PT = 0.05;
    /** Points by which each opaque cell overlaps its neighbours. */
    private static final double SEAM_OVERLAP = 0.3;

    private final Grid grid;
    private final View3D view;
    private final Colormap colormap;
    private final double alpha;
    private final SurfaceBlocks blocks;
    private final int[] rows;
    private final int[] cols;

    SurfaceCells(Grid grid, View3D view, Colormap colormap, double alpha) {
        this.grid = grid;
        this.view = view;
        this.colormap = colormap;
        this.alpha = alpha;
        this.blocks = new SurfaceBlocks(grid);
        this.rows = blocks.rows();
        this.cols = blocks.cols();
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
        int m = rows.length - 1;
        for (int r = 0; r < m; r++) {
            int a = rowsForward ? r : m - 1 - r;
            int c = 0;
            while (c < n) {
                int argb = colormap.argb(blocks.colourPosition(a, colsForward ? c : n - 1 - c));
                int run = 1;
                while (c + run < n && colormap.argb(blocks.colourPosition(a, colsForward ? c + run : n - 1 - c - run))
                        == argb) {
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

    private void fill(Graphics2D g, int j0, int j1, int i0, int i1, int argb) {
        if ((argb >>> 24) == 0) {
            return;
        }
        double[] x = grid.x();
        double[] y = grid.y();
        int[][] points = SurfaceBlocks.perimeter(j0, j1, i0, i1);
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
