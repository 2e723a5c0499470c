package org.gradientatlas.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Marker;

/**
 * A line's markers in screen coordinates, collected point by point and painted as one shape. Discs are
 * zero-length segments stroked with round caps (about 15 bytes a disc in SVG, where a path per circle costs about
 * 100); squares, diamonds and arrowheads are filled polygons of one path.
 */
final class MarkerMarks {
    /** matplotlib's {@code lines.markeredgewidth}: the edge adds half of it on each side of the marker. */
    static final double EDGE_WIDTH = 1.0;
    /** An arrowhead's half-width as a share of its length (matplotlib quiver's headwidth 3 / headlength 5 ≈ 0.3). */
    private static final double ARROW_HALF_WIDTH = 0.35;
    private final LineStyle style;
    private final Path2D.Double marks = new Path2D.Double();

    MarkerMarks(LineStyle style) {
        this.style = style;
    }

    /** The marker's full size in points, its edge included. */
    double size() {
        return style.markerSize() + EDGE_WIDTH;
    }

    /** Adds the mark at (x, y); an arrow points from (fromX, fromY), and is left out where there is no such point. */
    void add(double x, double y, double fromX, double fromY) {
        double r = size() / 2;
        switch (style.marker()) {
            case CIRCLE -> {
                marks.moveTo(x, y);
                marks.lineTo(x, y);
            }
            case SQUARE -> polygon(x, y, new double[] {-r, -r, r, -r, r, r, -r, r});
            case DIAMOND -> polygon(x, y, new double[] {0, -r * 1.2, r * 0.85, 0, 0, r * 1.2, -r * 0.85, 0});
            case ARROW -> arrow(x, y, fromX, fromY);
            case NONE -> { }
        }
    }

    /** Where a segment from (fromX, fromY) to (x, y) should stop so that it ends under the arrowhead. */
    double[] segmentEnd(double x, double y, double fromX, double fromY) {
        double dx = x - fromX;
        double dy = y - fromY;
        double length = StrictMath.hypot(dx, dy);
        if (style.marker() != Marker.ARROW || !(length > 0)) {
            return new double[] {x, y};
        }
        double back = Math.min(length, size() * 0.6);
        return new double[] {x - dx / length * back, y - dy / length * back};
    }

    private void arrow(double x, double y, double fromX, double fromY) {
        double dx = x - fromX;
        double dy = y - fromY;
        double length = StrictMath.hypot(dx, dy);
        if (!(length > 0) || !Double.isFinite(length)) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double head = size();
        double half = head * ARROW_HALF_WIDTH;
        marks.moveTo(x, y);
        marks.lineTo(x - ux * head - uy * half, y - uy * head + ux * half);
        marks.lineTo(x - ux * head + uy * half, y - uy * head - ux * half);
        marks.closePath();
    }

    private void polygon(double x, double y, double[] offsets) {
        marks.moveTo(x + offsets[0], y + offsets[1]);
        for (int k = 2; k < offsets.length; k += 2) {
            marks.lineTo(x + offsets[k], y + offsets[k + 1]);
        }
        marks.closePath();
    }

    void paint(Graphics2D g) {
        if (style.marker() == Marker.NONE) {
            return;
        }
        g.setPaint(ChartFactory.color(style.color()));
        if (style.marker() == Marker.CIRCLE) {
            g.setStroke(new BasicStroke((float) size(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(marks);
        } else {
            g.fill(marks);
        }
    }

    /** The legend's sample of this marker, centred on (0, 0). */
    Shape sample() {
        MarkerMarks one = new MarkerMarks(style);
        if (style.marker() == Marker.CIRCLE) {
            double d = size();
            return new java.awt.geom.Ellipse2D.Double(-d / 2, -d / 2, d, d);
        }
        one.add(size() / 2, 0, -size() / 2, 0);
        return one.marks;
    }
}
