package org.gradientatlas.optim;

import org.gradientatlas.math.CorrectlyRoundedTanh;

/**
 * Seed 003's perceptron: prediction tanh(w · x + b) for 2-D inputs x, loss the mean over the data set of
 * (prediction − label)², trained by plain gradient descent. Sums run in the seed's autograd order
 * ({@code forward_dataset}: samples first to last, then times 1/n; backward: last sample to first).
 */
public final class TanhPerceptron {
    /** Well above the seed's 400; keeps a bad parameter from running for ever. */
    public static final int MAX_EPOCHS = 1_000_000;

    private final double[][] inputs;
    private final double[] labels;

    /** @param inputs one {x1, x2} per sample; @param labels one label per sample (the seed's −1 and 1) */
    public TanhPerceptron(double[][] inputs, double[] labels) {
        if (inputs.length != labels.length || inputs.length == 0) {
            throw new IllegalArgumentException("need one label per input and at least one sample, got "
                    + inputs.length + " inputs and " + labels.length + " labels");
        }
        this.inputs = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].length != 2) {
                throw new IllegalArgumentException("input " + i + " has " + inputs[i].length + " features, expected 2");
            }
            this.inputs[i] = inputs[i].clone();
        }
        this.labels = labels.clone();
    }

    /** The loss at weights (w0, w1) and bias b. */
    public double loss(double w0, double w1, double b) {
        double sum = 0;
        for (int i = 0; i < inputs.length; i++) {
            double r = CorrectlyRoundedTanh.tanh(preActivation(i, w0, w1, b)) - labels[i];
            sum += r * r;
        }
        return sum * (1.0 / inputs.length);
    }

    /** {dloss/dw0, dloss/dw1, dloss/db}, accumulated from the last sample to the first as backward does. */
    public double[] gradient(double w0, double w1, double b) {
        double scale = 1.0 / inputs.length;
        double[] g = new double[3];
        for (int i = inputs.length - 1; i >= 0; i--) {
            double t = CorrectlyRoundedTanh.tanh(preActivation(i, w0, w1, b));
            double delta = scale * (2 * (t - labels[i])) * (1 - t * t);
            g[0] += delta * inputs[i][0];
            g[1] += delta * inputs[i][1];
            g[2] += delta;
        }
        return g;
    }

    /** Rows {w0, w1, b, loss} for steps 0 ... epochs: the parameters after k updates and the loss there. */
    public double[][] train(double w0, double w1, double b, double learningRate, int epochs) {
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be 1 to " + MAX_EPOCHS + ", got " + epochs);
        }
        double[] p = {w0, w1, b};
        double[][] rows = new double[epochs + 1][];
        for (int k = 0; k <= epochs; k++) {
            rows[k] = new double[] {p[0], p[1], p[2], loss(p[0], p[1], p[2])};
            if (k < epochs) {
                double[] g = gradient(p[0], p[1], p[2]);
                for (int j = 0; j < 3; j++) {
                    p[j] -= learningRate * g[j];
                }
            }
        }
        return rows;
    }

    private double preActivation(int i, double w0, double w1, double b) {
        return (w0 * inputs[i][0] + w1 * inputs[i][1]) + b;
    }
}
