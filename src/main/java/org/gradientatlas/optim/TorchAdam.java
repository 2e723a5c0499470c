package org.gradientatlas.optim;

import org.gradientatlas.math.CorrectlyRoundedPow;
import org.gradientatlas.math.ExactFma;

/**
 * torch.optim.Adam (torch/optim/adam.py, _single_tensor_adam) with betas (0.9, 0.999), eps 1e-8, no weight
 * decay, not amsgrad. The bias corrections are Python floats (double); the moments are float32 tensors.
 */
public final class TorchAdam implements TorchOptimizer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final float EPS = 1e-8f;
    private final double lr;
    private float[] expAvg;
    private float[] expAvgSq;
    private int step;

    public TorchAdam(double lr) {
        this.lr = lr;
    }

    @Override
    public void step(float[] params, float[] grad) {
        if (expAvg == null) {
            expAvg = new float[grad.length];
            expAvgSq = new float[grad.length];
        }
        step++;
        double biasCorrection1 = 1 - CorrectlyRoundedPow.pow(BETA1, step);
        double biasCorrection2 = 1 - CorrectlyRoundedPow.pow(BETA2, step);
        float stepSize = (float) (lr / biasCorrection1);
        float correction2Sqrt = (float) StrictMath.sqrt(biasCorrection2);
        for (int i = 0; i < params.length; i++) {
            expAvg[i] = ExactFma.fma((float) (1 - BETA1), grad[i], expAvg[i] * (float) BETA1);
            expAvgSq[i] = ExactFma.fma((float) (1 - BETA2) * grad[i], grad[i], expAvgSq[i] * (float) BETA2);
            float denom = (float) Math.sqrt(expAvgSq[i]) / correction2Sqrt + EPS;
            params[i] = params[i] + -stepSize * expAvg[i] / denom;
        }
    }
}
