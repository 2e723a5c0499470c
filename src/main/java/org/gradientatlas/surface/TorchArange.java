package org.gradientatlas.surface;

import org.gradientatlas.text.ShortestDecimal;

/**
 * {@code torch.arange(start, end, step)} with the default dtype float32, as PyTorch 1.13's CPU kernel computes it
 * with AVX2 (aten/src/ATen/native/cpu/RangeFactoriesKernel.cpp): the vectorised loop fills 16 values at a time in
 * chunks of 8, each chunk from a float base (float) (start + step idx) plus j step in double; the last n mod 16
 * values are start + step idx in double. So x[10] of arange(-5, 5, 0.1) is -3.9999998, not -4.
 */
public final class TorchArange {
    /** No seed grid comes near this; it keeps a bad step from allocating without bound. */
    public static final int MAX_LENGTH = 1_000_000;
    /** Floats in one AVX2 vector. */
    private static final int VECTOR = 8;

    private TorchArange() {
    }

    /**
     * ceil((end - start) / step) values start + i step, computed in double (PyTorch's accumulate type for float
     * on the CPU) and rounded to float.
     */
    public static float[] of(double start, double end, double step) {
        if (!(step != 0 && Double.isFinite(step) && Double.isFinite(start) && Double.isFinite(end))) {
            throw new IllegalArgumentException("arange needs finite bounds and a finite non-zero step, got start "
                    + ShortestDecimal.text(start) + ", end " + ShortestDecimal.text(end) + ", step "
                    + ShortestDecimal.text(step));
        }
        double size = Math.ceil((end - start) / step);
        if (!(size >= 0 && size <= MAX_LENGTH)) {
            throw new IllegalArgumentException("arange(" + ShortestDecimal.text(start) + ", "
                    + ShortestDecimal.text(end) + ", " + ShortestDecimal.text(step) + ") would have "
                    + ShortestDecimal.text(size) + " values; allowed are 0 to " + MAX_LENGTH);
        }
        float[] values = new float[(int) size];
        int vectorised = values.length - values.length % (2 * VECTOR);
        for (int chunk = 0; chunk < vectorised; chunk += VECTOR) {
            float base = (float) (start + step * chunk);
            for (int j = 0; j < VECTOR; j++) {
                values[chunk + j] = (float) (base + j * step);
            }
        }
        for (int i = vectorised; i < values.length; i++) {
            values[i] = (float) (start + step * i);
        }
        return values;
    }
}
