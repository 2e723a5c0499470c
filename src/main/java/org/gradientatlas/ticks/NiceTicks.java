package org.gradientatlas.ticks;

import java.util.Arrays;
import org.gradientatlas.math.CorrectlyRoundedLog10;
import org.gradientatlas.math.CorrectlyRoundedPow;
import org.gradientatlas.text.DecimalParser;
import org.gradientatlas.text.Printf;

/**
 * Round tick values inside [min, max] with steps of 1, 2, 2.5 or 5 times a power of ten, as matplotlib's
 * AutoLocator picks them, and 4 (one of MaxNLocator's steps): a short 3-D axis over 0..0.98 then gets 0.0, 0.4,
 * 0.8 where 0.25 would crowd four labels and 0.5 leave two.
 */
public final class NiceTicks {
    private static final double[] STEPS = {1, 2, 2.5, 4, 5, 10};

    private NiceTicks() {
    }

    /** At most {@code maxTicks} ticks (at least 2 when the range allows), all within [min, max]. */
    public static double[] within(double min, double max, int maxTicks) {
        if (!(max > min)) {
            return new double[] {min};
        }
        double raw = (max - min) / Math.max(1, maxTicks - 1);
        double magnitude = CorrectlyRoundedPow.pow(10, StrictMath.floor(CorrectlyRoundedLog10.log10(raw)));
        for (double multiple : STEPS) {
            double step = multiple * magnitude;
            double[] ticks = ticks(min, max, step);
            if (ticks.length <= maxTicks) {
                return ticks;
            }
        }
        return ticks(min, max, 10 * magnitude);
    }

    private static double[] ticks(double min, double max, double step) {
        double first = StrictMath.ceil(min / step - 1e-9);
        double last = StrictMath.floor(max / step + 1e-9);
        int n = (int) (last - first) + 1;
        double[] ticks = new double[Math.max(n, 0)];
        for (int k = 0; k < ticks.length; k++) {
            double v = (first + k) * step;
            ticks[k] = Math.abs(v) < step * 1e-9 ? 0 : v;
        }
        return Arrays.stream(ticks).map(NiceTicks::trim).toArray();
    }

    /**
     * Removes binary noise such as 0.30000000000000004 so that labels read as typed: 12 significant digits, as
     * {@code "%.12g"} rounds them (Printf: String.format throws in the browser build).
     */
    private static double trim(double v) {
        return DecimalParser.parseDouble(Printf.general(v, 12));
    }
}
