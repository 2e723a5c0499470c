package org.gradientatlas.ticks;

import java.util.Arrays;
import org.gradientatlas.math.CorrectlyRoundedLog10;
import org.gradientatlas.math.CorrectlyRoundedPow;

/**
 * matplotlib 3.6's {@code ticker.MaxNLocator.tick_values}, no pruning, not symmetric, not integer and {@code
 * axes.autolimit_mode = 'data'}, operation for operation, so that the nice numbers come out bit-identical
 * (contour levels are compared with the data, and 0.30000000000000004 is not 0.3).
 */
public final class MaxNLocator {
    /** MaxNLocator's default steps (contour levels). */
    private static final double[] STEPS = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};
    /** AutoLocator's steps, the axes' default tick locator. */
    private static final double[] AUTO_STEPS = {1, 2, 2.5, 5, 10};

    private final int nbins;
    private final int minTicks;
    /** {@code _staircase(steps)}: 0.1 * steps[:-1], steps, 10 * steps[1]. */
    private final double[] extendedSteps;

    public MaxNLocator(int nbins, int minTicks) {
        this(nbins, minTicks, STEPS);
    }

    private MaxNLocator(int nbins, int minTicks, double[] steps) {
        if (nbins < 1) {
            throw new IllegalArgumentException("need at least one bin, got " + nbins);
        }
        this.nbins = nbins;
        this.minTicks = Math.max(1, minTicks);
        this.extendedSteps = staircase(steps);
    }

    /** {@code ticker.AutoLocator} with {@code nbins} bins ('auto' is the axis's tick space clipped to 1..9). */
    public static MaxNLocator auto(int nbins) {
        return new MaxNLocator(nbins, 2, AUTO_STEPS);
    }

    public double[] tickValues(double vmin, double vmax) {
        double[] limits = nonsingular(vmin, vmax, 1e-13, 1e-14);
        return rawTicks(limits[0], limits[1]);
    }

    /** The distance between the ticks {@link #tickValues} gives. */
    public double step(double vmin, double vmax) {
        double[] limits = nonsingular(vmin, vmax, 1e-13, 1e-14);
        return chosenStep(limits[0], limits[1], offset(limits[0], limits[1]));
    }

    private double[] rawTicks(double vmin, double vmax) {
        double offset = offset(vmin, vmax);
        double[] ticks = ticksFor(chosenStep(vmin, vmax, offset), offset, vmin - offset, vmax - offset);
        for (int k = 0; k < ticks.length; k++) {
            ticks[k] += offset;
        }
        return ticks;
    }

    private static double offset(double vmin, double vmax) {
        double dv = Math.abs(vmax - vmin);
        double meanv = (vmax + vmin) / 2;
        if (Math.abs(meanv) / dv < 100) {
            return 0;
        }
        double exponent = StrictMath.floor(CorrectlyRoundedLog10.log10(Math.abs(meanv)));
        return StrictMath.copySign(PythonFloats.powerOfTen(exponent), meanv);
    }

    private double chosenStep(double vmin, double vmax, double offset) {
        double dv = Math.abs(vmax - vmin);
        double scale = PythonFloats.powerOfTen(StrictMath.floor(CorrectlyRoundedLog10.log10(dv / nbins)));
        double low = vmin - offset;
        double high = vmax - offset;
        double rawStep = (high - low) / nbins;
        int istep = 0;
        while (extendedSteps[istep] * scale < rawStep) {
            istep++;
        }
        for (; istep > 0; istep--) {
            if (shown(ticksFor(extendedSteps[istep] * scale, offset, low, high), low, high) >= minTicks) {
                break;
            }
        }
        return extendedSteps[istep] * scale;
    }

    /** Multiples of step covering [low, high], before the offset is added back. */
    private static double[] ticksFor(double step, double offset, double low, double high) {
        double bestVmin = PythonFloats.floorDivide(low, step) * step;
        double first = edgeLe(low - bestVmin, step, offset);
        double last = edgeGe(high - bestVmin, step, offset);
        double[] ticks = new double[(int) StrictMath.ceil(last + 1 - first)];
        for (int k = 0; k < ticks.length; k++) {
            ticks[k] = (first + k) * step + bestVmin;
        }
        return ticks;
    }

    private static int shown(double[] ticks, double low, double high) {
        return (int) Arrays.stream(ticks).filter(t -> t <= high && t >= low).count();
    }

    /** {@code _Edge_integer.le}: the largest n with n * step <= x, allowing for rounding. */
    private static double edgeLe(double x, double step, double offset) {
        double[] dm = PythonFloats.divmod(x, step);
        return closeTo(dm[1] / step, 1, step, offset) ? dm[0] + 1 : dm[0];
    }

    /** {@code _Edge_integer.ge}: the smallest n with n * step >= x, allowing for rounding. */
    private static double edgeGe(double x, double step, double offset) {
        double[] dm = PythonFloats.divmod(x, step);
        return closeTo(dm[1] / step, 0, step, offset) ? dm[0] : dm[0] + 1;
    }

    private static boolean closeTo(double ms, double edge, double step, double offset) {
        double tol = 1e-10;
        if (offset != 0) {
            double digits = CorrectlyRoundedLog10.log10(Math.abs(offset) / step);
            tol = Math.min(0.4999, Math.max(1e-10, CorrectlyRoundedPow.pow(10, digits - 12)));
        }
        return Math.abs(ms - edge) < tol;
    }

    /** {@code transforms.nonsingular}: widens an empty or denormal range so that ticks can be placed. */
    public static double[] nonsingular(double vmin, double vmax, double expander, double tiny) {
        if (!Double.isFinite(vmin) || !Double.isFinite(vmax)) {
            return new double[] {-expander, expander};
        }
        double lo = Math.min(vmin, vmax);
        double hi = Math.max(vmin, vmax);
        double maxAbs = Math.max(Math.abs(lo), Math.abs(hi));
        if (maxAbs < (1e6 / tiny) * Double.MIN_NORMAL) {
            return new double[] {-expander, expander};
        }
        if (hi - lo <= maxAbs * tiny) {
            if (hi == 0 && lo == 0) {
                return new double[] {-expander, expander};
            }
            return new double[] {lo - expander * Math.abs(lo), hi + expander * Math.abs(hi)};
        }
        return new double[] {lo, hi};
    }

    private static double[] staircase(double[] steps) {
        double[] extended = new double[2 * steps.length];
        for (int k = 0; k < steps.length - 1; k++) {
            extended[k] = 0.1 * steps[k];
        }
        System.arraycopy(steps, 0, extended, steps.length - 1, steps.length);
        extended[extended.length - 1] = 10 * steps[1];
        return extended;
    }
}
