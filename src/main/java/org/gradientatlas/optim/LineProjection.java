package org.gradientatlas.optim;

import org.gradientatlas.math.CorrectlyRoundedHypot;
import org.gradientatlas.text.ShortestDecimal;

/**
 * Orthogonal projection onto the line through two points, the one-dimensional subspace of seed 000's SubGD (its
 * TODO cell: "calculate subspace as line from start point to end point, project gradient steps of SGD onto this
 * line"): p = s + t (e - s) with t = ((x - s) . (e - s)) / |e - s|^2.
 */
public record LineProjection(double startX, double startY, double endX, double endY) {
    public LineProjection {
        if (!(Double.isFinite(startX) && Double.isFinite(startY) && Double.isFinite(endX) && Double.isFinite(endY))) {
            throw new IllegalArgumentException("the line's points must be finite");
        }
        if (startX == endX && startY == endY) {
            throw new IllegalArgumentException("the line needs two distinct points, got ("
                    + ShortestDecimal.text(startX) + ", "
                    + ShortestDecimal.text(startY) + ") twice (the run did not move)");
        }
    }

    /** The position t along the line of the projection of (x, y): 0 at the start, 1 at the end. */
    public double parameter(double x, double y) {
        double dx = endX - startX;
        double dy = endY - startY;
        return ((x - startX) * dx + (y - startY) * dy) / (dx * dx + dy * dy);
    }

    /** The projections of the points (x[k], y[k]): {x', y'}. */
    public double[][] project(double[] x, double[] y) {
        double[][] p = new double[2][x.length];
        for (int k = 0; k < x.length; k++) {
            double t = parameter(x[k], y[k]);
            p[0][k] = startX + t * (endX - startX);
            p[1][k] = startY + t * (endY - startY);
        }
        return p;
    }

    /** The distance of (x, y) from the line. */
    public double distance(double x, double y) {
        double t = parameter(x, y);
        return CorrectlyRoundedHypot.hypot(x - (startX + t * (endX - startX)), y - (startY + t * (endY - startY)));
    }
}
