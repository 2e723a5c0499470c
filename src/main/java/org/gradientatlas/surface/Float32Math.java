package org.gradientatlas.surface;

import org.gradientatlas.math.CorrectlyRoundedExp;
import org.gradientatlas.math.CorrectlyRoundedTanh;

/**
 * The float32 functions PyTorch's CPU kernels apply to a one-element tensor (the C library's tanhf and expf), as
 * the correctly rounded float of the exact value. glibc's expf agrees; its tanhf differs in the last bit on some
 * inputs, which the lr = 10 runs of seed 001 amplify after 10 to 50 steps (see TorchOptimizersTest). Computed as
 * the correctly rounded double (math/) rounded to float: tools/float32-scan checked every float where tanh and
 * exp are not simply x, +-1, 0 or Infinity (1.09 billion) and found no double exactly halfway between two floats,
 * so no double rounding, and the same floats as (float) StrictMath gave before.
 */
final class Float32Math {
    private Float32Math() {
    }

    static float tanh(float x) {
        return (float) CorrectlyRoundedTanh.tanh(x);
    }

    static float exp(float x) {
        return (float) CorrectlyRoundedExp.exp(x);
    }

    /** torch.sigmoid for float: 1 / (1 + exp(-x)), each step in float. */
    static float sigmoid(float x) {
        return 1f / (1f + exp(-x));
    }
}
