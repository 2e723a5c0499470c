package org.gradientatlas.recipe.landscape;

import org.gradientatlas.figure.Grid;
import org.gradientatlas.math.CorrectlyRoundedLog;
import org.gradientatlas.optim.PerSampleSgd;
import org.gradientatlas.random.NumpyRandomState;
import org.gradientatlas.surface.NumpyLinspace;
import org.gradientatlas.surface.ReluUnitLoss;

/**
 * Seed 002's numerics in float64: the data y = 2x + eps, {@code make_grids}' per-sample losses G[k] and their
 * mean G_mean (the empirical risk) on a square linspace grid, and {@code train}'s SGD path.
 */
public final class StochasticLandscape {
    /** The data: x ~ U(-1, 1), y = 2x + eps with eps ~ N(0, noiseStd), as {@code sample_from_ground_truth}. */
    record Samples(double[] x, double[] y) {
        int size() {
            return x.length;
        }
    }

    private StochasticLandscape() {
    }

    /** {@code rs = RandomState(seed); x = rs.uniform(-1, 1, n); eps = rs.normal(0, noiseStd, n)}; y = 2x + eps. */
    static Samples draw(long seed, int n, double noiseStd) {
        NumpyRandomState random = new NumpyRandomState(seed);
        double[] x = random.uniform(-1, 1, n);
        double[] eps = random.normal(0, noiseStd, n);
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            y[k] = 2 * x[k] + eps[k];
        }
        return new Samples(x, y);
    }

    /** make_grids' w1 and w2: {@code linspace(min, max, size)}. */
    static double[] axis(double min, double max, int size) {
        return NumpyLinspace.of(min, max, size);
    }

    /** G[k]: sample k's squared error at (w1[i], w2[j]), as z[j][i]. */
    static Grid sampleLoss(Samples data, int k, double[] w1, double[] w2) {
        return sampleLoss(data.x()[k], data.y()[k], w1, w2);
    }

    /** The squared error of the sample (x, y) at (w1[i], w2[j]), as z[j][i]. */
    public static Grid sampleLoss(double x, double y, double[] w1, double[] w2) {
        double[][] z = new double[w2.length][w1.length];
        for (int j = 0; j < w2.length; j++) {
            for (int i = 0; i < w1.length; i++) {
                z[j][i] = ReluUnitLoss.loss(w1[i], w2[j], x, y);
            }
        }
        return new Grid(w1, w2, z);
    }

    /** G_mean = torch.mean(G, dim=0): the sum over samples in data order, divided by n. */
    static Grid empiricalRisk(Samples data, double[] w1, double[] w2) {
        double[][] z = new double[w2.length][w1.length];
        for (int j = 0; j < w2.length; j++) {
            for (int i = 0; i < w1.length; i++) {
                double sum = 0;
                for (int k = 0; k < data.size(); k++) {
                    sum += ReluUnitLoss.loss(w1[i], w2[j], data.x()[k], data.y()[k]);
                }
                z[j][i] = sum / data.size();
            }
        }
        return new Grid(w1, w2, z);
    }

    /** The seed's {@code torch.log(G)} for drawing: the natural log of every value (log 0 = -infinity). */
    public static Grid log(Grid grid) {
        double[][] z = new double[grid.rows()][grid.columns()];
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < grid.columns(); i++) {
                z[j][i] = CorrectlyRoundedLog.log(grid.z(i, j));
            }
        }
        return new Grid(grid.x(), grid.y(), z);
    }

    /** {@code train(x, y, lr=learningRate, init=(initW1, initW2))}. */
    static PerSampleSgd train(Samples data, double learningRate, double initW1, double initW2) {
        return PerSampleSgd.run(data.x(), data.y(), learningRate, initW1, initW2);
    }
}
