package org.gradientatlas.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins directed edges between numbered nodes into paths: first the open ones (from a node no edge enters),
 * then closed ones, each in the order its first edge was added, so the output depends only on the input order.
 * A node has more than one outgoing edge only where two valid cells meet diagonally at a grid point.
 */
public final class EdgeChain {
    private final int[] firstOut;
    private final boolean[] entered;
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int[] nextOut = new int[64];
    private double[] coords = new double[256];
    private int size;

    public EdgeChain(int nodeCount) {
        firstOut = new int[nodeCount];
        Arrays.fill(firstOut, -1);
        entered = new boolean[nodeCount];
    }

    public void add(int fromNode, double fromX, double fromY, int toNode, double toX, double toY) {
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
            nextOut = Arrays.copyOf(nextOut, size * 2);
            coords = Arrays.copyOf(coords, size * 8);
        }
        from[size] = fromNode;
        to[size] = toNode;
        coords[4 * size] = fromX;
        coords[4 * size + 1] = fromY;
        coords[4 * size + 2] = toX;
        coords[4 * size + 3] = toY;
        nextOut[size] = firstOut[fromNode];
        firstOut[fromNode] = size;
        entered[toNode] = true;
        size++;
    }

    public List<ContourPath> paths() {
        boolean[] used = new boolean[size];
        List<ContourPath> paths = new ArrayList<>();
        for (int e = 0; e < size; e++) {
            if (!used[e] && !entered[from[e]]) {
                follow(e, used, paths);
            }
        }
        for (int e = 0; e < size; e++) {
            if (!used[e]) {
                follow(e, used, paths);
            }
        }
        return paths;
    }

    private void follow(int first, boolean[] used, List<ContourPath> paths) {
        PathPoints points = new PathPoints();
        int edge = first;
        int last = first;
        while (edge >= 0) {
            used[edge] = true;
            points.add(coords[4 * edge], coords[4 * edge + 1]);
            last = edge;
            edge = to[edge] == from[first] ? -1 : unusedOut(to[edge], used);
        }
        boolean closed = to[last] == from[first];
        if (!closed) {
            points.add(coords[4 * last + 2], coords[4 * last + 3]);
        }
        ContourPath path = points.build(closed);
        if (path.size() >= (closed ? 3 : 2)) {
            paths.add(path);
        }
    }

    /** The earliest added unused edge leaving node, or -1. */
    private int unusedOut(int node, boolean[] used) {
        int found = -1;
        for (int edge = firstOut[node]; edge >= 0; edge = nextOut[edge]) {
            if (!used[edge]) {
                found = edge; // the list runs from the latest edge back to the earliest
            }
        }
        return found;
    }

    /** Path vertices without repeats: crossings that fall on a grid point give zero-length edges. */
    private static final class PathPoints {
        private double[] x = new double[16];
        private double[] y = new double[16];
        private int n;

        void add(double px, double py) {
            if (n > 0 && x[n - 1] == px && y[n - 1] == py) {
                return;
            }
            if (n == x.length) {
                x = Arrays.copyOf(x, n * 2);
                y = Arrays.copyOf(y, n * 2);
            }
            x[n] = px;
            y[n++] = py;
        }

        ContourPath build(boolean closed) {
            int count = n;
            while (closed && count > 1 && x[count - 1] == x[0] && y[count - 1] == y[0]) {
                count--;
            }
            return new ContourPath(Arrays.copyOf(x, count), Arrays.copyOf(y, count), closed);
        }
    }
}
