package org.gradientatlas.optim;

/**
 * Seed 003's first demo ({@code perform_gd}): plain gradient descent on f(x) = (x − 2)² + 4x − 2, with f and its
 * derivative evaluated as the seed's autograd library does, so that the iterates are the seed's bit for bit.
 */
public final class QuadraticDescent {
    /** Well above the seed's 100; keeps a bad parameter from running for ever. */
    public static final int MAX_EPOCHS = 1_000_000;

    private QuadraticDescent() {
    }

    /** The seed's {@code f}: ((x − 2)² + 4x) − 2, summed in that order. */
    public static double value(double x) {
        double shifted = x - 2;
        return (shifted * shifted + 4 * x) - 2;
    }

    /**
     * The derivative as backward accumulates it: 4 from 4x first, then 2 (x − 2) from the power node. Rounding
     * x − 2 makes this 0 once |x| is below about 1e-16, so the iterates stop there, keeping their sign (the seed
     * prints -0.000 where the exact 2x would keep shrinking and alternating).
     */
    public static double derivative(double x) {
        return 4 + 2 * (x - 2);
    }

    /** x_0 ... x_epochs: x_{k+1} = x_k − lr f'(x_k), as GD.step applies it. */
    public static double[] run(double x0, double learningRate, int epochs) {
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be 1 to " + MAX_EPOCHS + ", got " + epochs);
        }
        double[] x = new double[epochs + 1];
        x[0] = x0;
        for (int k = 0; k < epochs; k++) {
            x[k + 1] = x[k] - learningRate * derivative(x[k]);
        }
        return x;
    }
}
