package org.gradientatlas.plot;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.gradientatlas.figure.LegendPlacement;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.Size2D;

/**
 * Chooses where a legend goes. For {@code BEST} it follows matplotlib's {@code Legend._find_best_position}: try
 * the places in matplotlib's order (upper right, upper left, lower left, lower right, right, center left, center
 * right, lower center, upper center, center), count the data vertices inside the box plus the line segments that
 * cross it, and take the first place with the lowest count.
 */
final class LegendLocator {
    /** A legend position: fractions of the data area and the point of the legend box placed there. */
    record Spot(double fx, double fy, RectangleAnchor anchor) {
    }

    private final double inset;
    /** How far (pt) the data must stay from the box: half the widest marker or line, so none pokes into it. */
    private final double clearance;

    LegendLocator(double inset) {
        this(inset, 0);
    }

    LegendLocator(double inset, double clearance) {
        this.inset = inset;
        this.clearance = clearance;
    }

    /** The data a legend of the given size at the spot would cover (0: none). */
    int covered(Rectangle2D dataArea, Size2D size, Spot spot, List<double[][]> polylines) {
        Rectangle2D box = box(dataArea, size, spot);
        box.setRect(box.getX() - clearance, box.getY() - clearance, box.getWidth() + 2 * clearance,
                box.getHeight() + 2 * clearance);
        return badness(box, polylines);
    }

    Spot fixed(LegendPlacement placement) {
        return switch (placement) {
            case UPPER_RIGHT -> new Spot(1 - inset, 1 - inset, RectangleAnchor.TOP_RIGHT);
            case UPPER_LEFT -> new Spot(inset, 1 - inset, RectangleAnchor.TOP_LEFT);
            case LOWER_LEFT -> new Spot(inset, inset, RectangleAnchor.BOTTOM_LEFT);
            case LOWER_RIGHT -> new Spot(1 - inset, inset, RectangleAnchor.BOTTOM_RIGHT);
            case NONE, BEST -> throw new IllegalArgumentException("no fixed place for legend " + placement);
        };
    }

    /** The best spot for a legend of the given size over polylines given in Java2D coordinates. */
    Spot best(Rectangle2D dataArea, Size2D size, List<double[][]> polylines) {
        Spot best = null;
        int bestBadness = Integer.MAX_VALUE;
        for (Spot spot : candidates()) {
            int badness = covered(dataArea, size, spot, polylines);
            if (badness < bestBadness) {
                best = spot;
                bestBadness = badness;
            }
            if (badness == 0) {
                break;
            }
        }
        return best;
    }

    private List<Spot> candidates() {
        double lo = inset;
        double hi = 1 - inset;
        return List.of(new Spot(hi, hi, RectangleAnchor.TOP_RIGHT), new Spot(lo, hi, RectangleAnchor.TOP_LEFT),
                new Spot(lo, lo, RectangleAnchor.BOTTOM_LEFT), new Spot(hi, lo, RectangleAnchor.BOTTOM_RIGHT),
                new Spot(hi, 0.5, RectangleAnchor.RIGHT), new Spot(lo, 0.5, RectangleAnchor.LEFT),
                new Spot(hi, 0.5, RectangleAnchor.RIGHT), new Spot(0.5, lo, RectangleAnchor.BOTTOM),
                new Spot(0.5, hi, RectangleAnchor.TOP), new Spot(0.5, 0.5, RectangleAnchor.CENTER));
    }

    static Rectangle2D box(Rectangle2D area, Size2D size, Spot spot) {
        double ax = area.getX() + spot.fx() * area.getWidth();
        double ay = area.getMaxY() - spot.fy() * area.getHeight();
        double w = size.getWidth();
        double h = size.getHeight();
        RectangleAnchor a = spot.anchor();
        boolean right = a == RectangleAnchor.TOP_RIGHT || a == RectangleAnchor.BOTTOM_RIGHT || a == RectangleAnchor.RIGHT;
        boolean centerX = a == RectangleAnchor.TOP || a == RectangleAnchor.BOTTOM || a == RectangleAnchor.CENTER;
        boolean bottom = a == RectangleAnchor.BOTTOM_LEFT || a == RectangleAnchor.BOTTOM_RIGHT
                || a == RectangleAnchor.BOTTOM;
        boolean centerY = a == RectangleAnchor.LEFT || a == RectangleAnchor.RIGHT || a == RectangleAnchor.CENTER;
        double x = right ? ax - w : centerX ? ax - w / 2 : ax;
        double y = bottom ? ay - h : centerY ? ay - h / 2 : ay;
        return new Rectangle2D.Double(x, y, w, h);
    }

    /** The data vertices inside the box plus the segments that cross it. */
    static int badness(Rectangle2D box, List<double[][]> polylines) {
        int count = 0;
        for (double[][] line : polylines) {
            double[] x = line[0];
            double[] y = line[1];
            for (int i = 0; i < x.length; i++) {
                count += box.contains(x[i], y[i]) ? 1 : 0;
                if (i > 0 && box.intersectsLine(new Line2D.Double(x[i - 1], y[i - 1], x[i], y[i]))) {
                    count++;
                }
            }
        }
        return count;
    }
}
