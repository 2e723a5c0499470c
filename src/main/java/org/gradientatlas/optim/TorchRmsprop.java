package org.gradientatlas.optim;

import org.gradientatlas.math.ExactFma;
import org.gradientatlas.text.ShortestDecimal;

/**
 * torch.optim.RMSprop (torch/optim/rmsprop.py, _single_tensor_rmsprop), not centred, no momentum, eps 1e-8:
 * avg = alpha avg + (1 - alpha) grad^2; param -= lr grad / (sqrt(avg) + eps).
 */
public final class TorchRmsprop implements TorchOptimizer {
    private static final float EPS = 1e-8f;
    private final float lr;
    private final float alpha;
    private final float oneMinusAlpha;
    private float[] squareAvg;

    public TorchRmsprop(double lr, double alpha) {
        if (!(alpha >= 0)) {
            throw new IllegalArgumentException("RMSprop alpha must be >= 0, got " + ShortestDecimal.text(alpha));
        }
        this.lr = (float) lr;
        this.alpha = (float) alpha;
        this.oneMinusAlpha = (float) (1 - alpha); // a Python float, then the float32 scalar of addcmul_
    }

    @Override
    public void step(float[] params, float[] grad) {
        if (squareAvg == null) {
            squareAvg = new float[grad.length];
        }
        for (int i = 0; i < params.length; i++) {
            squareAvg[i] = ExactFma.fma(oneMinusAlpha * grad[i], grad[i], squareAvg[i] * alpha);
            float avg = (float) Math.sqrt(squareAvg[i]) + EPS;
            params[i] = params[i] + -lr * grad[i] / avg;
        }
    }
}
