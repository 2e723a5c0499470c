package org.gradientatlas.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gradientatlas.geometry.ContourPath;
import org.gradientatlas.geometry.Isoband;

/** Assertions about contour lines and bands that compare geometry rather than object identity. */
public final class ContourAssertions {
    private ContourAssertions() {
    }

    /** The bands' areas add up to the grid rectangle's, and they meet edge to edge with no seam. */
    static void assertTilesWithoutSeams(List<Isoband> bands, double[] x, double[] y) {
        double width = Math.abs(x[x.length - 1] - x[0]);
        double height = Math.abs(y[y.length - 1] - y[0]);
        double total = bands.stream().mapToDouble(Isoband::area).sum();
        assertThat(total).isCloseTo(width * height, within(width * height * 1e-9));
        assertThat(bands).allMatch(b -> b.area() >= -1e-12);
        // Every directed edge inside the rectangle is matched by the same edge reversed, in the neighbouring band.
        Map<String, Integer> balance = new TreeMap<>();
        for (Isoband band : bands) {
            for (ContourPath ring : band.rings()) {
                for (int k = 0, prev = ring.size() - 1; k < ring.size(); prev = k++) {
                    double x0 = ring.x(prev);
                    double y0 = ring.y(prev);
                    double x1 = ring.x(k);
                    double y1 = ring.y(k);
                    boolean border = x0 == x1 && (x0 == x[0] || x0 == x[x.length - 1])
                            || y0 == y1 && (y0 == y[0] || y0 == y[y.length - 1]);
                    if (!border) {
                        balance.merge(x0 + "," + y0 + ">" + x1 + "," + y1, 1, Integer::sum);
                        balance.merge(x1 + "," + y1 + ">" + x0 + "," + y0, -1, Integer::sum);
                    }
                }
            }
        }
        assertThat(balance.values()).as("unmatched interior edges").allMatch(v -> v == 0);
    }

    /** Same closedness and vertices in the same direction; a closed path may start anywhere. */
    static boolean sameVertices(ContourPath a, ContourPath b, double tolerance) {
        if (a.closed() != b.closed() || a.size() != b.size()) {
            return false;
        }
        for (int shift = 0; shift < (a.closed() ? a.size() : 1); shift++) {
            boolean all = true;
            for (int k = 0; k < a.size() && all; k++) {
                int at = (k + shift) % a.size();
                all = Math.abs(a.x(at) - b.x(k)) <= tolerance * Math.max(1, Math.abs(b.x(k)))
                        && Math.abs(a.y(at) - b.y(k)) <= tolerance * Math.max(1, Math.abs(b.y(k)));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Compares two-point lines, in either order of the lines but each in its own direction. */
    static void assertLines(List<ContourPath> lines, double[][] expected) {
        assertThat(lines).hasSize(expected.length).allMatch(line -> !line.closed() && line.size() == 2);
        for (double[] points : expected) {
            assertThat(lines).as("a line from (%s, %s) to (%s, %s)", points[0], points[1], points[2], points[3])
                    .anyMatch(line -> sameVertices(line, new ContourPath(new double[] {points[0], points[2]},
                            new double[] {points[1], points[3]}, false), 1e-15));
        }
    }

    /** Compares a ring with the expected one up to where it starts. */
    static void assertRing(ContourPath ring, double[] x, double[] y) {
        assertThat(ring.closed()).isTrue();
        assertThat(ring.size()).isEqualTo(x.length);
        int start = 0;
        while (start < x.length && !(ring.x(start) == x[0] && ring.y(start) == y[0])) {
            start++;
        }
        assertThat(start).as("ring contains (%s, %s)", x[0], y[0]).isLessThan(x.length);
        List<double[]> actual = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            int at = (start + k) % x.length;
            actual.add(new double[] {ring.x(at), ring.y(at)});
        }
        for (int k = 0; k < x.length; k++) {
            assertThat(actual.get(k)).as("vertex %d", k).containsExactly(new double[] {x[k], y[k]}, within(1e-15));
        }
    }
}
