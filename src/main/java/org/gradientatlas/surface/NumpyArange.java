package org.gradientatlas.surface;

import org.gradientatlas.text.ShortestDecimal;

/**
 * numpy's {@code np.arange(start, stop, step)} for floats (numpy 1.24, PyArray_Arange and DOUBLE_fill):
 * ceil((stop − start) / step) values; the first two are start and start + step, the others start + i·delta
 * with delta = (start + step) − start, which is not always step.
 */
public final class NumpyArange {
    /** No seed grid comes near this; it keeps a bad step from allocating without bound. */
    public static final int MAX_LENGTH = 1_000_000;

    private NumpyArange() {
    }

    public static double[] of(double start, double stop, double step) {
        if (!(step != 0 && Double.isFinite(step) && Double.isFinite(start) && Double.isFinite(stop))) {
            throw new IllegalArgumentException("arange needs finite bounds and a finite non-zero step, got start "
                    + ShortestDecimal.text(start) + ", stop " + ShortestDecimal.text(stop) + ", step "
                    + ShortestDecimal.text(step));
        }
        double size = Math.ceil((stop - start) / step);
        if (!(size <= MAX_LENGTH)) {
            throw new IllegalArgumentException("arange(" + ShortestDecimal.text(start) + ", "
                    + ShortestDecimal.text(stop) + ", " + ShortestDecimal.text(step) + ") would have "
                    + ShortestDecimal.text(size) + " values; allowed are at most " + MAX_LENGTH);
        }
        double[] values = new double[(int) Math.max(size, 0)];
        if (values.length > 0) {
            values[0] = start;
        }
        if (values.length > 1) {
            values[1] = start + step;
        }
        double delta = (start + step) - start;
        for (int i = 2; i < values.length; i++) {
            values[i] = start + i * delta;
        }
        return values;
    }
}
