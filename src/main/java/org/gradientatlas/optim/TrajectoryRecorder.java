package org.gradientatlas.optim;

import java.util.Arrays;

/** Collects iterates into growing primitive arrays. */
final class TrajectoryRecorder {
    private double[] a = new double[1024];
    private double[] b = new double[1024];
    private int size;

    void add(double first, double second) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
            b = Arrays.copyOf(b, size * 2);
        }
        a[size] = first;
        b[size] = second;
        size++;
    }

    Trajectory finish(int stoppedAt) {
        return new Trajectory(Arrays.copyOf(a, size), Arrays.copyOf(b, size), stoppedAt);
    }
}
