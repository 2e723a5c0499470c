package org.gradientatlas.optim;

import org.gradientatlas.random.NumpyRandomState;
import org.gradientatlas.surface.BoundedLoss;
import org.gradientatlas.text.ShortestDecimal;

/**
 * Seed 000's {@code GradientDescent} (cell 6) on a loss with a bounded domain: theta -= lr * gradient, the gradient
 * by forward finite differences. A gradient whose probe theta + h e_i leaves the domain is set to zero (the seed
 * catches scipy's ValueError); once theta itself leaves, the run stops updating and every further step repeats the
 * last step inside the domain.
 */
public final class FiniteDifferenceDescent {
    /** Well above the seed's 200; keeps a bad parameter from running for ever. */
    public static final int MAX_STEPS = 100_000;

    private final BoundedLoss loss;
    private final double learningRate;
    private final double h;

    public FiniteDifferenceDescent(BoundedLoss loss, double learningRate, double h) {
        if (!(h > 0 && Double.isFinite(h))) {
            throw new IllegalArgumentException("finite-difference h must be positive and finite, got "
                    + ShortestDecimal.text(h));
        }
        if (!Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be finite, got "
                    + ShortestDecimal.text(learningRate));
        }
        this.loss = loss;
        this.learningRate = learningRate;
        this.h = h;
    }

    /** {@code step()} repeated: plain gradient descent. */
    public DescentRun run(double a0, double b0, int steps) {
        return run(a0, b0, steps, null, 0);
    }

    /**
     * {@code noisy_step()} repeated: before each gradient, one scalar normal(0, noiseStd) is drawn and added to both
     * components. No draw is made once the run has left the domain (the seed skips the whole update).
     */
    public DescentRun runNoisy(double a0, double b0, int steps, NumpyRandomState rng, double noiseStd) {
        return run(a0, b0, steps, rng, noiseStd);
    }

    private DescentRun run(double a0, double b0, int steps, NumpyRandomState rng, double noiseStd) {
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be 0 to " + MAX_STEPS + ", got " + steps);
        }
        double[][] rows = new double[steps + 1][];
        rows[0] = new double[] {a0, b0, loss.value(a0, b0)};
        double[] theta = {a0, b0};
        int leftAt = -1;
        int probeAt = -1;
        for (int k = 1; k <= steps; k++) {
            if (leftAt < 0) {
                double noise = rng == null ? 0 : rng.normal(0, noiseStd);
                double[] grad = gradient(theta);
                if (grad == null) {
                    probeAt = probeAt < 0 ? k : probeAt;
                    grad = new double[2];
                }
                for (int i = 0; i < 2; i++) {
                    theta[i] = theta[i] - learningRate * (rng == null ? grad[i] : grad[i] + noise);
                }
                leftAt = loss.contains(theta[0], theta[1]) ? -1 : k;
            }
            rows[k] = leftAt < 0 ? new double[] {theta[0], theta[1], loss.value(theta[0], theta[1])} : rows[k - 1];
        }
        return DescentRun.of(rows, leftAt, probeAt);
    }

    /** (f(x + h e_i) - f(x)) / h for i = 0, 1, or null when a probe is outside the domain. */
    private double[] gradient(double[] x) {
        double[] grad = new double[2];
        for (int i = 0; i < 2; i++) {
            double[] probe = {x[0] + (i == 0 ? h : 0.0), x[1] + (i == 1 ? h : 0.0)}; // x + h_vec, as numpy adds
            if (!loss.contains(probe[0], probe[1])) {
                return null;
            }
            grad[i] = (loss.value(probe[0], probe[1]) - loss.value(x[0], x[1])) / h;
        }
        return grad;
    }
}
