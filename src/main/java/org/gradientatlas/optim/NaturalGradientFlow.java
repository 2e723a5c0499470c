package org.gradientatlas.optim;

import org.gradientatlas.math.CorrectlyRoundedCos;

/**
 * The exact path of the natural-gradient flow for fitting N(mu, sigma) to N(mu*, sigma*) by expected negative
 * log-likelihood under the Fisher metric diag(1/sigma^2, 2/sigma^2). The flow is dmu/dt = -(mu - mu*),
 * d(sigma^2)/dt = -(sigma^2 - (mu - mu*)^2 - sigma*^2), so with d = mu* - mu0 and r = (mu* - mu)/d = e^-t:
 * sigma^2 = sigma*^2 + (sigma0^2 - sigma*^2 + d^2) r - d^2 r^2. It replaces seed 004's rough estimate.
 */
public record NaturalGradientFlow(double mu0, double sigma0, double targetMu, double targetSigma) {

    /** sigma on the path at flow coordinate r in [0, 1] (r = 1 at the start, 0 at the target). */
    public double sigmaAt(double r) {
        double d = targetMu - mu0;
        double ts2 = targetSigma * targetSigma;
        return StrictMath.sqrt(ts2 + (sigma0 * sigma0 - ts2 + d * d) * r - d * d * r * r);
    }

    public double muAt(double r) {
        return targetMu - (targetMu - mu0) * r;
    }

    /**
     * The path as n points from start to target, denser near both ends where the curve turns fastest:
     * r = (1 + cos(pi k / (n - 1))) / 2.
     */
    public Trajectory path(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a path needs at least 2 points, got " + n);
        }
        double[] mu = new double[n];
        double[] sigma = new double[n];
        for (int k = 0; k < n; k++) {
            double r = (1 + CorrectlyRoundedCos.cos(StrictMath.PI * k / (n - 1))) / 2;
            mu[k] = muAt(r);
            sigma[k] = sigmaAt(r);
        }
        return new Trajectory(mu, sigma, -1);
    }
}
