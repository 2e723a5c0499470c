package org.gradientatlas.optim;

import org.gradientatlas.surface.LossSurface;

/** The seed's {@code train_curve}: run an optimizer on a surface, recording the point and loss before each update. */
public final class SurfaceDescent {
    /** Well above the seed's 100; keeps a bad parameter from running for ever. */
    public static final int MAX_UPDATES = 1_000_000;

    private SurfaceDescent() {
    }

    /** {@code updates} rows {w1, w2, loss}; the point after the last update is not recorded, as in the seed. */
    public static float[][] run(LossSurface surface, TorchOptimizer optimizer, float w1, float w2, int updates) {
        if (updates < 1 || updates > MAX_UPDATES) {
            throw new IllegalArgumentException("updates must be 1 to " + MAX_UPDATES + ", got " + updates);
        }
        float[] w = {w1, w2};
        float[][] rows = new float[updates][];
        for (int k = 0; k < updates; k++) {
            rows[k] = new float[] {w[0], w[1], surface.loss(w[0], w[1])};
            optimizer.step(w, surface.gradient(w[0], w[1]));
        }
        return rows;
    }
}
