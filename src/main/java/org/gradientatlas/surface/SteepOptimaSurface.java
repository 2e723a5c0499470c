package org.gradientatlas.surface;

/**
 * Seed 001's {@code comb_func}: minus three bivariate normal densities (sigma 0.2) centred at (1, -0.5), (-1, 0.5)
 * and (-0.5, -0.8): flat almost everywhere, with three narrow, deep wells.
 */
public final class SteepOptimaSurface implements LossSurface {
    private static final float[][] MEANS = {{1f, -0.5f}, {-1f, 0.5f}, {-0.5f, -0.8f}};
    private static final double SIGMA = 0.2;
    /** norm = 1 / (2 pi sx sy) in double, as numpy computes it, then used as a float32 factor. */
    private static final float NORM = (float) (1 / (2 * Math.PI * SIGMA * SIGMA));
    /** 2 * sigma**2 in double (0.08000000000000002), divided into a float32 tensor as a float32 scalar. */
    private static final float TWO_VARIANCE = (float) (2 * SIGMA * SIGMA);

    @Override
    public float loss(float w1, float w2) {
        float z = -bump(w1, w2, MEANS[0]);
        z -= bump(w1, w2, MEANS[1]);
        z -= bump(w1, w2, MEANS[2]);
        return z;
    }

    /**
     * Each well contributes -norm e (2 d / (2 sigma^2)) along each axis, with e = exp(u). Autograd adds the three
     * contributions in reverse order of creation: the last well first.
     */
    @Override
    public float[] gradient(float w1, float w2) {
        float g1 = 0;
        float g2 = 0;
        for (int k = MEANS.length - 1; k >= 0; k--) {
            float dx = w1 - MEANS[k][0];
            float dy = w2 - MEANS[k][1];
            float g = -NORM * Float32Math.exp(exponent(dx, dy));
            float c1 = -(g / TWO_VARIANCE) * (2f * dx);
            float c2 = -(g / TWO_VARIANCE) * (2f * dy);
            g1 = k == MEANS.length - 1 ? c1 : g1 + c1;
            g2 = k == MEANS.length - 1 ? c2 : g2 + c2;
        }
        return new float[] {g1, g2};
    }

    private static float bump(float w1, float w2, float[] mean) {
        return NORM * Float32Math.exp(exponent(w1 - mean[0], w2 - mean[1]));
    }

    /** (-1 * dx**2) / (2 sx**2) + (-1 * dy**2) / (2 sy**2), in float32 as the seed's tensors. */
    private static float exponent(float dx, float dy) {
        return (-(dx * dx)) / TWO_VARIANCE + (-(dy * dy)) / TWO_VARIANCE;
    }
}
