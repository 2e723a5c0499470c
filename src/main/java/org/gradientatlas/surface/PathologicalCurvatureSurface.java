package org.gradientatlas.surface;

import org.gradientatlas.math.ExactFma;

/**
 * Seed 001's {@code pathological_curve_loss}: tanh(w1)^2 + 0.01 |w1| + sigmoid(w2), steep across w1 = 0 and
 * slowly falling along w2.
 */
public final class PathologicalCurvatureSurface implements LossSurface {
    private static final float SLOPE = 0.01f; // the Python scalar, cast to the tensor's float32

    @Override
    public float loss(float w1, float w2) {
        float t = Float32Math.tanh(w1);
        return (t * t + SLOPE * Math.abs(w1)) + Float32Math.sigmoid(w2);
    }

    /** Autograd: pow(t, 2) gives 2t, tanh' = 1 - t^2, abs' = sign, sigmoid' = (1 - s) s. */
    @Override
    public float[] gradient(float w1, float w2) {
        float t = Float32Math.tanh(w1);
        float viaTanh = (2f * t) * ExactFma.fma(-t, t, 1f);
        float viaAbs = SLOPE * Math.signum(w1);
        float s = Float32Math.sigmoid(w2);
        return new float[] {viaTanh + viaAbs, (1f - s) * s};
    }
}
