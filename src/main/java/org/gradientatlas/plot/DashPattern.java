package org.gradientatlas.plot;

import java.util.Arrays;
import org.gradientatlas.geometry.PolylineBuilder;

/**
 * Cuts a polyline into the "on" pieces of a dash pattern, measured along its full-resolution length in points.
 * Stroking the pieces solid looks exactly like stroking the whole line dashed, and lets the pieces be
 * simplified afterwards without moving a single dash (simplifying first would shorten a jittery path
 * and shift every dash after it).
 */
final class DashPattern {
    /** Most dashes cut from one line; past it segments are drawn solid (only far off-canvas runs get there). */
    static final int MAX_DASHES = 200_000;
    private final double[] pattern;
    private final double shortest;

    /** @param pattern on/off lengths in points, starting with "on" */
    DashPattern(double[] pattern) {
        if (pattern.length == 0 || Arrays.stream(pattern).anyMatch(d -> !(d > 0))) {
            throw new IllegalArgumentException("dash lengths must be positive: " + Arrays.toString(pattern));
        }
        this.pattern = pattern.length % 2 == 0 ? pattern.clone() : twice(pattern);
        this.shortest = Arrays.stream(pattern).min().orElseThrow();
    }

    /**
     * The "on" pieces as one polyline in data units with NaN between pieces.
     *
     * @param sx points per x unit
     * @param sy points per y unit
     */
    double[][] onPieces(double[] x, double[] y, double sx, double sy) {
        PolylineBuilder out = new PolylineBuilder(x.length * 2);
        int dash = 0;
        double left = pattern[0];
        double dashes = 0;
        for (int i = 1; i < x.length; i++) {
            double dx = (x[i] - x[i - 1]) * sx;
            double dy = (y[i] - y[i - 1]) * sy;
            double length = Math.sqrt(dx * dx + dy * dy);
            if (!Double.isFinite(length)) {
                out.breakLine();
                continue;
            }
            dashes += length / shortest;
            if (dashes > MAX_DASHES) {
                out.lineTo(x[i - 1], y[i - 1]);
                out.lineTo(x[i], y[i]);
                continue;
            }
            if (dash % 2 == 0) {
                out.lineTo(x[i - 1], y[i - 1]);
            }
            double at = 0;
            while (length - at > left) {
                at += left;
                double t = at / length;
                out.lineTo(x[i - 1] + t * (x[i] - x[i - 1]), y[i - 1] + t * (y[i] - y[i - 1]));
                if (dash % 2 == 0) {
                    out.breakLine();
                }
                dash = (dash + 1) % pattern.length;
                left = pattern[dash];
            }
            left -= length - at;
            if (dash % 2 == 0) {
                out.lineTo(x[i], y[i]);
            }
        }
        return out.build();
    }

    private static double[] twice(double[] p) {
        double[] doubled = Arrays.copyOf(p, p.length * 2);
        System.arraycopy(p, 0, doubled, p.length, p.length);
        return doubled;
    }
}
