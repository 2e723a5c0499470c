package org.gradientatlas.optim;

import org.gradientatlas.math.ExactFma;

/**
 * torch.optim.Adagrad (torch/optim/adagrad.py, _single_tensor_adagrad) with lr_decay 0, no weight decay, initial
 * accumulator 0 and eps 1e-10: sum += grad^2; param -= lr grad / (sqrt(sum) + eps).
 */
public final class TorchAdagrad implements TorchOptimizer {
    private static final float EPS = 1e-10f;
    private final float lr;
    private float[] sum;

    public TorchAdagrad(double lr) {
        this.lr = (float) lr;
    }

    @Override
    public void step(float[] params, float[] grad) {
        if (sum == null) {
            sum = new float[grad.length];
        }
        for (int i = 0; i < params.length; i++) {
            sum[i] = ExactFma.fma(grad[i], grad[i], sum[i]);
            float std = (float) Math.sqrt(sum[i]) + EPS;
            params[i] = params[i] + -lr * grad[i] / std;
        }
    }
}
