package org.gradientatlas.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.text.NumberFormat;
import org.gradientatlas.geometry.View3D;
import org.gradientatlas.ticks.NiceTicks;
import org.gradientatlas.ticks.TickFormat;

/** The frame of a 3-D view as mplot3d draws it: three back panes with grid lines, then axes with ticks and labels. */
final class Box3DPainter {
    private static final Color PANE = new Color(0xf9, 0xf9, 0xf9);
    private static final Color PANE_EDGE = new Color(0xd0, 0xd0, 0xd0);
    private static final Color GRID = new Color(0xe3, 0xe3, 0xe3);
    private static final int MAX_TICKS = 6;

    private final Theme theme;
    private final View3D view;
    private final double[][] ticks = new double[3][];

    Box3DPainter(Theme theme, View3D view) {
        this.theme = theme;
        this.view = view;
        for (int k = 0; k < 3; k++) {
            ticks[k] = ticks(k);
        }
    }

    /**
     * Ticks for axis k: the most, up to {@link #MAX_TICKS}, whose labels keep half a font size apart along the
     * drawn axis (a label takes its width on a level axis, its height on an upright one), and at least three.
     */
    private double[] ticks(int k) {
        double[] lo = view.corner(0);
        double[] hi = lo.clone();
        hi[k] = view.max[k];
        Point2D from = ScreenPoints.awt(view.screen(lo[0], lo[1], lo[2]));
        Point2D to = ScreenPoints.awt(view.screen(hi[0], hi[1], hi[2]));
        double length = from.distance(to);
        double cos = length == 0 ? 1 : Math.abs(to.getX() - from.getX()) / length;
        double size = theme.tickFont().getSize2D();
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double[] chosen = null;
        for (int most = MAX_TICKS; most >= 3 && chosen == null; most--) {
            double[] candidate = NiceTicks.within(view.min[k], view.max[k], most);
            NumberFormat format = TickFormat.forTicks(candidate);
            double widest = 0;
            for (double t : candidate) {
                widest = Math.max(widest, theme.tickFont().getStringBounds(format.format(t), frc).getWidth());
            }
            double needed = widest * cos + size * Math.sqrt(1 - cos * cos) + size / 2;
            double spacing = candidate.length < 2 ? length
                    : length * (candidate[1] - candidate[0]) / (view.max[k] - view.min[k]);
            if (candidate.length >= 3 && spacing >= needed) {
                chosen = candidate;
            }
        }
        for (int most = 3; chosen == null || chosen.length < 3 && most < 2 * MAX_TICKS; most++) {
            chosen = NiceTicks.within(view.min[k], view.max[k], most);
        }
        return chosen;
    }

    /** The panes on the far side of each axis, and their grid lines at the ticks. */
    void paintBack(Graphics2D g) {
        for (int normal = 0; normal < 3; normal++) {
            int a = (normal + 1) % 3;
            int b = (normal + 2) % 3;
            double at = view.far(normal);
            Path2D.Double pane = new Path2D.Double();
            double[][] corners = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
            for (int c = 0; c < 4; c++) {
                Point2D p = point(normal, at, a, corners[c][0] == 0 ? view.min[a] : view.max[a],
                        b, corners[c][1] == 0 ? view.min[b] : view.max[b]);
                if (c == 0) {
                    pane.moveTo(p.getX(), p.getY());
                } else {
                    pane.lineTo(p.getX(), p.getY());
                }
            }
            pane.closePath();
            g.setPaint(PANE);
            g.fill(pane);
            g.setStroke(new BasicStroke(0.6f));
            g.setPaint(GRID);
            gridLines(g, normal, at, a, b);
            gridLines(g, normal, at, b, a);
            g.setPaint(PANE_EDGE);
            g.draw(pane);
        }
    }

    private void gridLines(Graphics2D g, int normal, double at, int along, int across) {
        for (double t : ticks[along]) {
            g.draw(new Line2D.Double(point(normal, at, along, t, across, view.min[across]),
                    point(normal, at, along, t, across, view.max[across])));
        }
    }

    /** The x and y axes along the near bottom edges, the z axis on the right-hand vertical edge. */
    void paintAxes(Graphics2D g, String xLabel, String yLabel, String zLabel) {
        g.setStroke(new BasicStroke(theme.axisLineWidth()));
        double z0 = view.min[2];
        axis(g, 0, new double[] {0, view.near(1), z0}, new double[] {0, 2 * view.near(1) - view.far(1), z0}, xLabel);
        axis(g, 1, new double[] {view.near(0), 0, z0}, new double[] {2 * view.near(0) - view.far(0), 0, z0}, yLabel);
        double[] cornerA = {view.near(0), view.far(1)};
        double[] cornerB = {view.far(0), view.near(1)};
        double[] c = view.rightward(cornerA[0], cornerA[1], z0) >= view.rightward(cornerB[0], cornerB[1], z0)
                ? cornerA : cornerB;
        double[] outward = {c[0] + (c[0] - (view.min[0] + view.max[0]) / 2),
            c[1] + (c[1] - (view.min[1] + view.max[1]) / 2), 0};
        axis(g, 2, new double[] {c[0], c[1], 0}, outward, zLabel);
    }

    /**
     * One axis: a line through {@code base} along {@code axis}; ticks point towards {@code outward} (same
     * coordinates, the axis coordinate ignored), labels beyond them.
     */
    private void axis(Graphics2D g, int axis, double[] base, double[] outward, String label) {
        g.setPaint(theme.frame());
        g.draw(new Line2D.Double(screen(base, axis, view.min[axis]), screen(base, axis, view.max[axis])));
        double labelReach = tickLabels(g, axis, base, outward);
        double middle = (view.min[axis] + view.max[axis]) / 2;
        Point2D from = screen(base, axis, middle);
        double[] dir = direction(from, screen(outward, axis, middle));
        Point2D at = along(from, dir, theme.tickLength() + 12 + labelReach * Math.abs(dir[0]) + 10);
        GlyphText.centered(g, theme.labelFont(), label, at.getX(), at.getY());
    }

    /** The axis's ticks and their labels; returns the widest label's width. */
    private double tickLabels(Graphics2D g, int axis, double[] base, double[] outward) {
        NumberFormat format = TickFormat.forTicks(ticks[axis]);
        double[] labelReach = {0};
        DrawnPart.TICK_LABELS.during(g, () -> {
            for (double t : ticks[axis]) {
                Point2D from = screen(base, axis, t);
                double[] dir = direction(from, screen(outward, axis, t));
                g.setPaint(theme.frame());
                g.draw(new Line2D.Double(from, along(from, dir, theme.tickLength())));
                g.setPaint(theme.text());
                String text = format.format(t);
                double width = GlyphText.width(g, theme.tickFont(), text);
                labelReach[0] = Math.max(labelReach[0], width);
                Point2D at = along(from, dir, theme.tickLength() + 4 + width / 2 * Math.abs(dir[0]) + 4);
                GlyphText.centered(g, theme.tickFont(), text, at.getX(), at.getY());
            }
        });
        return labelReach[0];
    }

    private Point2D screen(double[] base, int axis, double value) {
        double[] p = base.clone();
        p[axis] = value;
        return ScreenPoints.awt(view.screen(p[0], p[1], p[2]));
    }

    private Point2D point(int k1, double v1, int k2, double v2, int k3, double v3) {
        double[] p = new double[3];
        p[k1] = v1;
        p[k2] = v2;
        p[k3] = v3;
        return ScreenPoints.awt(view.screen(p[0], p[1], p[2]));
    }

    private static double[] direction(Point2D from, Point2D to) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double length = Math.sqrt(dx * dx + dy * dy);
        return length == 0 ? new double[] {0, 1} : new double[] {dx / length, dy / length};
    }

    private static Point2D along(Point2D from, double[] dir, double distance) {
        return new Point2D.Double(from.getX() + dir[0] * distance, from.getY() + dir[1] * distance);
    }
}
