package org.gradientatlas.surface;

/**
 * Seed 002's model f(x) = w1 * relu(w2 * x) and the squared error of one sample, in float64, with the gradient
 * as PyTorch's autograd evaluates it ({@code mse_loss(pred, y).backward()}).
 */
public final class ReluUnitLoss {
    private ReluUnitLoss() {
    }

    /** {@code mse_loss(w1 * relu(w2 * x), y)} for one sample: (w1 relu(w2 x) - y)². */
    public static double loss(double w1, double w2, double x, double y) {
        double d = w1 * relu(w2 * x) - y;
        return d * d;
    }

    /**
     * (dL/dw1, dL/dw2) in autograd's order: d = 2 (pred - y), g1 = d relu(w2 x), g2 = (d w1) x where w2 x > 0 and
     * exactly +0 elsewhere (relu's threshold_backward: the subgradient at 0 is 0). g1 keeps the sign of d * 0.
     */
    public static double[] gradient(double w1, double w2, double x, double y) {
        double h = w2 * x;
        double r = relu(h);
        double d = 2.0 * (w1 * r - y);
        return new double[] {d * r, h > 0 ? (d * w1) * x : 0.0};
    }

    private static double relu(double h) {
        return h > 0 ? h : 0.0;
    }
}
