package org.gradientatlas.surface;

/**
 * A loss of two weights evaluated in float32, as PyTorch evaluates it for a FloatTensor: the forward pass in the
 * seed's order of operations and the gradient by autograd's backward formulas.
 */
public interface LossSurface {
    float loss(float w1, float w2);

    /** {dloss/dw1, dloss/dw2}. */
    float[] gradient(float w1, float w2);
}
