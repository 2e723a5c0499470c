package org.gradientatlas.optim;

/**
 * The recorded steps of a {@link FiniteDifferenceDescent} run: row k is theta and its loss after k updates (row 0
 * is the start); rows after the run left the domain repeat the last row inside it, as the seed records them.
 *
 * @param leftDomainAt   the update that moved theta out of the domain, or -1
 * @param probeOutsideAt the first update whose finite-difference probe was outside (gradient set to zero), or -1
 */
public record DescentRun(double[] a, double[] b, double[] loss, int leftDomainAt, int probeOutsideAt) {
    static DescentRun of(double[][] rows, int leftDomainAt, int probeOutsideAt) {
        double[] a = new double[rows.length];
        double[] b = new double[rows.length];
        double[] loss = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            a[k] = rows[k][0];
            b[k] = rows[k][1];
            loss[k] = rows[k][2];
        }
        return new DescentRun(a, b, loss, leftDomainAt, probeOutsideAt);
    }

    public int points() {
        return a.length;
    }

    /** The last row inside the domain: the end of the run. */
    public int lastInside() {
        return leftDomainAt < 0 ? a.length - 1 : leftDomainAt - 1;
    }
}
