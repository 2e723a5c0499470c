package org.gradientatlas.optim;

/**
 * One of PyTorch's optimizers (torch.optim 1.13, single-tensor CPU path), updating float32 parameters in place.
 * Stateful like its original: use a fresh instance per run.
 */
public interface TorchOptimizer {
    void step(float[] params, float[] grad);
}
