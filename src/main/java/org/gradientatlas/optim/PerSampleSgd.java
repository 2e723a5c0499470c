package org.gradientatlas.optim;

import org.gradientatlas.surface.ReluUnitLoss;

/**
 * Seed 002's {@code train}: plain SGD (w - lr g) on f(x) = w1 relu(w2 x), one sample per step in data order,
 * in float64. Row k holds the iterate and the gradient of sample k before update k + 1, as the seed records them.
 *
 * @param w1 the iterate before update k + 1; likewise w2
 * @param g1 sample k's gradient at that iterate; likewise g2
 */
public record PerSampleSgd(double[] w1, double[] w2, double[] g1, double[] g2) {

    public static PerSampleSgd run(double[] x, double[] y, double learningRate, double initW1, double initW2) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
        int n = x.length;
        PerSampleSgd path = new PerSampleSgd(new double[n], new double[n], new double[n], new double[n]);
        double a = initW1;
        double b = initW2;
        for (int k = 0; k < n; k++) {
            double[] g = ReluUnitLoss.gradient(a, b, x[k], y[k]);
            path.w1[k] = a;
            path.w2[k] = b;
            path.g1[k] = g[0];
            path.g2[k] = g[1];
            a = a - learningRate * g[0];
            b = b - learningRate * g[1];
        }
        return path;
    }

    public int steps() {
        return w1.length;
    }

    @Override
    public double[] w1() {
        return w1.clone();
    }

    @Override
    public double[] w2() {
        return w2.clone();
    }

    @Override
    public double[] g1() {
        return g1.clone();
    }

    @Override
    public double[] g2() {
        return g2.clone();
    }
}
