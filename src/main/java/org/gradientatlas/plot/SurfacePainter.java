package org.gradientatlas.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.Line3D;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.SurfacePanel;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.gradientatlas.geometry.SurfaceRange;
import org.gradientatlas.geometry.View3D;

/**
 * Draws a {@link SurfacePanel} as matplotlib's {@code plot_surface} with a colormap: one flat colour per grid
 * cell from the mean of its corners, cells painted back to front (rows, then columns, far to near: exact for a
 * height field seen orthographically from above), lines over the surface, the 3-D frame, and a legend of the
 * labelled lines.
 */
public final class SurfacePainter {
    private final Theme theme;
    private final LegendFactory legends;

    public SurfacePainter(Theme theme) {
        this.theme = theme;
        this.legends = new LegendFactory(theme);
    }

    public void paint(SurfacePanel panel, Graphics2D g, Rectangle2D area) {
        Grid grid = panel.surface();
        double[][] corners = SurfaceRange.box(panel);
        View3D view = new View3D(corners[0], corners[1], panel.azimuth(), panel.elevation());
        double top = panel.title().isEmpty() ? 8 : 26;
        Rectangle2D box = new Rectangle2D.Double(area.getX() + 40, area.getY() + top + 10, area.getWidth() - 110,
                area.getHeight() - top - 70);
        view.fit(box.getX(), box.getY(), box.getWidth(), box.getHeight());
        LegendTitle legend = legend(panel);
        Rectangle2D legendBox = null;
        if (legend != null) {
            Size2D size = legend.arrange(g, RectangleConstraint.NONE);
            legendBox = new Rectangle2D.Double(area.getX() + theme.legendInsetPt(), area.getY() + top,
                    size.getWidth(), size.getHeight());
            if (LegendLocator.badness(legendBox, projected(panel, view)) > 0) {
                // No free corner: the legend goes below the view, its entries side by side, and the view shrinks.
                legend.setPosition(RectangleEdge.BOTTOM);
                double width = area.getWidth() - 2 * theme.legendInsetPt();
                size = legend.arrange(g, RectangleConstraint.NONE.toFixedWidth(width));
                legendBox = new Rectangle2D.Double(area.getCenterX() - size.getWidth() / 2,
                        area.getMaxY() - size.getHeight() - theme.legendInsetPt(), size.getWidth(), size.getHeight());
                view.fit(box.getX(), box.getY(), box.getWidth(),
                        box.getHeight() - size.getHeight() - theme.legendInsetPt());
            }
        }
        if (!panel.title().isEmpty()) {
            g.setPaint(theme.text());
            DrawnPart.TITLE.during(g, () -> GlyphText.centered(g, TitleFit.font(panel.title(), theme.titleFont(),
                    area.getWidth() - 20, 1), panel.title(), area.getCenterX(), area.getY() + 14));
        }
        Box3DPainter frame = new Box3DPainter(theme, view);
        frame.paintBack(g);
        DrawnPart.DATA.during(g, () -> {
            new SurfaceCells(grid, view, Colormap.named(panel.colormap()), panel.alpha()).paint(g);
            for (Line3D line : panel.lines()) {
                paintLine(g, view, line);
            }
        });
        frame.paintAxes(g, panel.xLabel(), panel.yLabel(), panel.zLabel());
        if (legend != null) {
            Rectangle2D at = legendBox;
            DrawnPart.LEGEND.during(g, () -> legend.draw(g, at));
        }
    }

    /** The labelled lines' legend (lines labelled "" stay out, so a panel without labels has none), or null. */
    private LegendTitle legend(SurfacePanel panel) {
        List<LineLayer> labelled = panel.lines().stream().filter(line -> !line.label().isEmpty())
                .map(line -> new LineLayer(line.label(), line.x(), line.y(), line.style())).toList();
        return labelled.isEmpty() ? null : legends.legend(labelled);
    }

    /**
     * The data as drawn: the surface's grid vertices (as one-point lines) and the 3-D lines, on screen. The legend
     * first tries the panel's upper left corner, above the box's far corner (matplotlib's 3-D axes have no "best"
     * place); where that covers any of these, it goes below the view.
     */
    private static List<double[][]> projected(SurfacePanel panel, View3D view) {
        List<double[][]> result = new ArrayList<>();
        Grid grid = panel.surface();
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < grid.columns(); i++) {
                if (Double.isFinite(grid.z(i, j))) {
                    Point2D p = ScreenPoints.awt(view.screen(grid.x()[i], grid.y()[j], grid.z(i, j)));
                    result.add(new double[][] {{p.getX()}, {p.getY()}});
                }
            }
        }
        for (Line3D line : panel.lines()) {
            double[][] xy = new double[2][line.x().length];
            for (int i = 0; i < xy[0].length; i++) {
                Point2D p = ScreenPoints.awt(view.screen(line.x()[i], line.y()[i], line.z()[i]));
                xy[0][i] = p.getX();
                xy[1][i] = p.getY();
            }
            result.add(xy);
        }
        return result;
    }

    /** A 3-D line in the view's projection, with its markers (arrowheads point along the projected line). */
    private static void paintLine(Graphics2D g, View3D view, Line3D line) {
        double[] x = line.x();
        double[] y = line.y();
        double[] z = line.z();
        MarkerMarks marks = new MarkerMarks(line.style());
        Path2D.Double path = new Path2D.Double();
        Point2D last = null;
        for (int i = 0; i < x.length; i++) {
            if (!(Double.isFinite(x[i]) && Double.isFinite(y[i]) && Double.isFinite(z[i]))) {
                last = null;
                continue;
            }
            Point2D p = ScreenPoints.awt(view.screen(x[i], y[i], z[i]));
            if (last != null) {
                double[] end = marks.segmentEnd(p.getX(), p.getY(), last.getX(), last.getY());
                path.lineTo(end[0], end[1]);
                if (end[0] != p.getX() || end[1] != p.getY()) {
                    path.moveTo(p.getX(), p.getY());
                }
            } else {
                path.moveTo(p.getX(), p.getY());
            }
            marks.add(p.getX(), p.getY(), last == null ? Double.NaN : last.getX(), last == null ? Double.NaN
                    : last.getY());
            last = p;
        }
        if (line.style().hasLine()) {
            g.setPaint(ChartFactory.color(line.style().color()));
            g.setStroke(stroke(line.style()));
            g.draw(path);
        }
        marks.paint(g);
    }

    /** Solid 3-D lines have round caps and joins; dashed ones are stroked as on a 2-D panel. */
    private static BasicStroke stroke(LineStyle style) {
        return style.dash().length > 0 ? ChartFactory.dashedStroke(style)
                : new BasicStroke((float) style.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
