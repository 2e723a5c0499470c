package org.gradientatlas.geometry;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Drops polyline vertices that lie within a tolerance of the simplified line (Ramer-Douglas-Peucker, iterative
 * so that 100,000-point runs cannot overflow the stack). Distances are measured after scaling each axis to
 * points, so a tolerance far below a device pixel leaves the drawn figure unchanged.
 */
public final class PolylineSimplifier {
    private PolylineSimplifier() {
    }

    /**
     * Which vertices to keep: the ends of every finite run always, and non-finite vertices (they break the line).
     *
     * @param sx points per x unit
     * @param sy points per y unit
     */
    public static boolean[] keep(double[] x, double[] y, double sx, double sy, double tolerancePt) {
        int n = x.length;
        boolean[] keep = new boolean[n];
        Deque<int[]> spans = new ArrayDeque<>();
        int runStart = -1;
        for (int i = 0; i <= n; i++) {
            boolean finite = i < n && Double.isFinite(x[i]) && Double.isFinite(y[i]);
            if (finite && runStart < 0) {
                runStart = i;
            } else if (!finite) {
                if (i < n) {
                    keep[i] = true;
                }
                if (runStart >= 0) {
                    keep[runStart] = true;
                    keep[i - 1] = true;
                    spans.push(new int[] {runStart, i - 1});
                    runStart = -1;
                }
            }
        }
        double tol2 = tolerancePt * tolerancePt;
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            int farthest = farthest(x, y, sx, sy, span[0], span[1], tol2);
            if (farthest >= 0) {
                keep[farthest] = true;
                spans.push(new int[] {span[0], farthest});
                spans.push(new int[] {farthest, span[1]});
            }
        }
        return keep;
    }

    /** The vertex strictly inside (a, b) farthest from segment a-b if beyond tolerance, else -1. */
    private static int farthest(double[] x, double[] y, double sx, double sy, int a, int b, double tol2) {
        double ax = x[a] * sx;
        double ay = y[a] * sy;
        double dx = x[b] * sx - ax;
        double dy = y[b] * sy - ay;
        double len2 = dx * dx + dy * dy;
        int best = -1;
        double bestDistance = tol2;
        for (int i = a + 1; i < b; i++) {
            double px = x[i] * sx - ax;
            double py = y[i] * sy - ay;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
            double ex = px - t * dx;
            double ey = py - t * dy;
            double d2 = ex * ex + ey * ey;
            if (d2 > bestDistance) {
                bestDistance = d2;
                best = i;
            }
        }
        return best;
    }
}
