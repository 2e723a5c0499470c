package org.gradientatlas.surface;

/** A loss surface sampled on a grid, as the seed's {@code curve_fn(*torch.meshgrid([x, y]))}. */
public final class LossGrid {
    private LossGrid() {
    }

    /** z[j][i] = loss(x[i], y[j]), the data-file layout. */
    public static float[][] lossGrid(LossSurface surface, float[] x, float[] y) {
        float[][] z = new float[y.length][x.length];
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                z[j][i] = surface.loss(x[i], y[j]);
            }
        }
        return z;
    }
}
