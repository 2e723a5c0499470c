package org.gradientatlas.optim;

import org.gradientatlas.math.ExactFma;
import org.gradientatlas.text.ShortestDecimal;

/**
 * torch.optim.SGD (torch/optim/sgd.py, _single_tensor_sgd) without weight decay or dampening: the momentum buffer
 * starts as a copy of the first gradient, then buf = momentum buf + grad; Nesterov steps along grad + momentum buf.
 */
public final class TorchSgd implements TorchOptimizer {
    private final float lr;
    private final float momentum;
    private final boolean nesterov;
    private float[] buffer;

    public TorchSgd(double lr, double momentum, boolean nesterov) {
        if (nesterov && momentum <= 0) {
            throw new IllegalArgumentException("Nesterov momentum requires a momentum > 0, got "
                    + ShortestDecimal.text(momentum));
        }
        this.lr = (float) lr;
        this.momentum = (float) momentum;
        this.nesterov = nesterov;
    }

    @Override
    public void step(float[] params, float[] grad) {
        float[] direction = grad.clone();
        if (momentum != 0) {
            if (buffer == null) {
                buffer = grad.clone();
            } else {
                for (int i = 0; i < grad.length; i++) {
                    buffer[i] = buffer[i] * momentum + grad[i];
                }
            }
            for (int i = 0; i < grad.length; i++) {
                direction[i] = nesterov ? ExactFma.fma(momentum, buffer[i], grad[i]) : buffer[i];
            }
        }
        for (int i = 0; i < params.length; i++) {
            params[i] = ExactFma.fma(-lr, direction[i], params[i]);
        }
    }
}
