package org.gradientatlas.ticks;

import org.gradientatlas.math.CorrectlyRoundedPow;

/**
 * How a linear axis is ticked, whatever draws it (the JVM's JFreeChart axis, the browser's canvas): as matplotlib's
 * default {@code AutoLocator}, with as many bins as the axis has room for ({@code Axis.get_tick_space}: its length
 * over three tick-label font sizes across, two along a vertical axis, clipped to 1 to 9), more where that leaves
 * fewer than {@link #MIN_TICKS} ticks on a short axis (matplotlib keeps two, or one: an axis with fewer labelled
 * ticks cannot be read); or every multiple of a recipe's step, thinned to a multiple of it where labels would
 * touch ({@link #thinnedStep}).
 */
public final class AutoTicks {
    public static final int MAX_BINS = 9;
    public static final int MIN_TICKS = 3;
    /** How many thinned steps are tried after the recipe's own: 2, 5, 10, 20, 50, ... 10000 times it. */
    public static final int THINNED_STEPS = 12;
    private static final double[] THINNING = {2, 5, 10};

    private AutoTicks() {
    }

    /** The bins AutoLocator starts from on an axis {@code lengthPt} long. */
    public static int bins(double lengthPt, double fontSizePt, boolean horizontal) {
        double perTick = fontSizePt * (horizontal ? 3 : 2);
        return (int) Math.max(1, Math.min(MAX_BINS, Math.floor(lengthPt / perTick)));
    }

    /** The locator for [lower, upper] starting from {@code bins}, with more bins until three ticks show. */
    public static MaxNLocator locator(int bins, double lower, double upper) {
        MaxNLocator locator = MaxNLocator.auto(bins);
        while (bins < MAX_BINS && shown(locator.tickValues(lower, upper), lower, upper) < MIN_TICKS) {
            locator = MaxNLocator.auto(++bins);
        }
        return locator;
    }

    /** The ticks within [lower, upper], as matplotlib's {@code _interval_contains_close} counts them. */
    public static int shown(double[] ticks, double lower, double upper) {
        double slack = 1e-10 * (upper - lower);
        int n = 0;
        for (double t : ticks) {
            n += t >= lower - slack && t <= upper + slack ? 1 : 0;
        }
        return n;
    }

    /**
     * The k-th step tried for an axis with a recipe's step: k = 0 is the step itself, then 2, 5, 10, 20, 50, ...
     * times it, up to k = {@link #THINNED_STEPS}.
     */
    public static double thinnedStep(double fixedStep, int k) {
        return k == 0 ? fixedStep : fixedStep * THINNING[(k - 1) % 3] * CorrectlyRoundedPow.pow(10, (k - 1) / 3);
    }

    /**
     * The multiples of {@code step} within [min, max], as JFreeChart draws a fixed tick unit (its count from
     * floor(max / step) - ceil(min / step): subtracting first would round 3 - 1e-17 up to 3 and add a tick past max).
     */
    public static double[] fixedTicks(double min, double max, double step) {
        double first = StrictMath.ceil(min / step);
        int n = Math.max(0, (int) (StrictMath.floor(max / step) - first) + 1);
        double[] ticks = new double[n];
        for (int k = 0; k < n; k++) {
            ticks[k] = (first + k) * step;
        }
        return ticks;
    }
}
