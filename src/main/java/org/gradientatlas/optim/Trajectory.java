package org.gradientatlas.optim;

/**
 * The iterates of a 2-parameter optimizer: point k is the state after k updates (k = 0 is the start).
 *
 * @param stoppedAt the loop index {@code i} at which early stopping fired, or -1 if it never did
 */
public record Trajectory(double[] a, double[] b, int stoppedAt) {
    public Trajectory {
        if (a.length != b.length) {
            throw new IllegalArgumentException("coordinate arrays differ in length");
        }
    }

    public int points() {
        return a.length;
    }

    public boolean converged() {
        return stoppedAt >= 0;
    }
}
