package org.gradientatlas.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientatlas.random.NumpyRandomState;
import org.junit.jupiter.api.Test;

class PolylineSimplifierTest {

    @Test
    void everyDroppedVertexLiesWithinToleranceOfTheKeptLine() {
        NumpyRandomState random = new NumpyRandomState(7);
        int n = 20_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + random.normal(0.001, 0.002);
            y[i] = y[i - 1] + random.normal(0, 0.002);
        }
        double sx = 30;
        double sy = 40;
        double tol = 0.05;
        boolean[] keep = PolylineSimplifier.keep(x, y, sx, sy, tol);
        int kept = 0;
        int previous = 0;
        for (int i = 1; i < n; i++) {
            if (keep[i]) {
                for (int j = previous + 1; j < i; j++) {
                    assertThat(distance(x, y, sx, sy, j, previous, i)).isLessThanOrEqualTo(tol);
                }
                previous = i;
                kept++;
            }
        }
        assertThat(keep[0]).isTrue();
        assertThat(keep[n - 1]).isTrue();
        assertThat(kept).isLessThan(n / 2);
    }

    @Test
    void keepsBothEndsOfEveryFiniteRunAndTheBreaks() {
        double[] x = {0, 1, 2, 3, Double.NaN, 5, 6, 7};
        double[] y = {0, 0, 0, 0, Double.NaN, 1, 1, 1};
        boolean[] keep = PolylineSimplifier.keep(x, y, 1, 1, 0.1);
        assertThat(keep).containsExactly(true, false, false, true, true, true, false, true);
    }

    private static double distance(double[] x, double[] y, double sx, double sy, int p, int a, int b) {
        double ax = x[a] * sx;
        double ay = y[a] * sy;
        double dx = x[b] * sx - ax;
        double dy = y[b] * sy - ay;
        double px = x[p] * sx - ax;
        double py = y[p] * sy - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        return Math.hypot(px - t * dx, py - t * dy);
    }
}
