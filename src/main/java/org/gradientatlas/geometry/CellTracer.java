package org.gradientatlas.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Traces the part of one cell where the value lies in a band, as directed edges with the band on the left.
 * The cell boundary is walked counter-clockwise through its corners and level crossings; each level's crossings
 * are joined by straight chords, and the band's faces are followed boundary piece, chord, boundary piece, ...
 * Chords of different levels never cross, because crossings are ordered monotonically along each side.
 */
public final class CellTracer {
    private CellTracer() {
    }

    /** A corner (which = -1) or level crossing on the cell boundary, with the band class just after it. */
    private record Point(int node, double x, double y, int side, int which, int classAfter) {
    }

    /**
     * @param withSides false for contour lines: only the chords are wanted
     */
    public static void trace(GridCell cell, LevelBand band, EdgeChain out, boolean withSides) {
        List<Point> points = boundary(cell, band);
        int[] partner = chords(cell, band, points);
        boolean[] visited = new boolean[points.size()];
        for (int start = 0; start < points.size(); start++) {
            if (points.get(start).classAfter() == 1 && !visited[start]) {
                walk(cell, points, partner, visited, start, out, withSides);
            }
        }
    }

    private static List<Point> boundary(GridCell cell, LevelBand band) {
        List<Point> points = new ArrayList<>(12);
        double[] z = cell.z();
        for (int k = 0; k < 4; k++) {
            int b = (k + 1) % 4;
            int cls = band.classify(z[k]);
            points.add(new Point(cell.node()[k], cell.x()[k], cell.y()[k], k, -1, cls));
            boolean ascending = z[k] < z[b];
            int first = ascending ? LevelBand.LOWER : LevelBand.UPPER;
            for (int which : new int[] {first, 1 - first}) {
                if (band.above(z[k], which) != band.above(z[b], which)) {
                    cls += ascending ? 1 : -1;
                    double[] at = cell.crossing(k, band.level(which));
                    points.add(new Point(cell.crossingNode(k, which), at[0], at[1], k, which, cls));
                }
            }
        }
        return points;
    }

    /** For each crossing, the index of the crossing its chord ends at; saddles are resolved by the centre value. */
    private static int[] chords(GridCell cell, LevelBand band, List<Point> points) {
        int[] partner = new int[points.size()];
        for (int which = LevelBand.LOWER; which <= LevelBand.UPPER; which++) {
            int[] at = new int[4];
            int count = 0;
            for (int m = 0; m < points.size(); m++) {
                if (points.get(m).which() == which) {
                    at[count++] = m;
                }
            }
            if (count == 2) {
                pair(partner, at[0], at[1]);
            } else if (count == 4) {
                // One crossing per side. Cut off the corners on the other side of the level from the centre:
                // corners 0 and 2 (chords 3-0 and 1-2) or corners 1 and 3 (chords 0-1 and 2-3).
                boolean centreAbove = band.above(cell.centre(), which);
                boolean cutCornerZero = band.above(cell.z()[0], which) != centreAbove;
                pair(partner, at[cutCornerZero ? 3 : 0], at[cutCornerZero ? 0 : 1]);
                pair(partner, at[cutCornerZero ? 1 : 2], at[cutCornerZero ? 2 : 3]);
            } else if (count != 0) {
                throw new IllegalStateException("odd number of crossings in a cell: " + count);
            }
        }
        return partner;
    }

    private static void pair(int[] partner, int a, int b) {
        partner[a] = b;
        partner[b] = a;
    }

    private static void walk(GridCell cell, List<Point> points, int[] partner, boolean[] visited, int start,
                             EdgeChain out, boolean withSides) {
        int n = points.size();
        int current = start;
        for (int steps = 0; steps <= n; steps++) {
            visited[current] = true;
            Point from = points.get(current);
            int next = (current + 1) % n;
            Point to = points.get(next);
            if (withSides && cell.exposed()[from.side()]) {
                out.add(from.node(), from.x(), from.y(), to.node(), to.x(), to.y());
            }
            if (to.which() >= 0) {
                next = partner[next];
                Point end = points.get(next);
                out.add(to.node(), to.x(), to.y(), end.node(), end.x(), end.y());
            }
            current = next;
            if (current == start) {
                return;
            }
        }
        throw new IllegalStateException("band face in a cell did not close");
    }
}
