package org.gradientatlas.random;

import org.gradientatlas.math.CorrectlyRoundedLog;

/**
 * Draws exactly what numpy's legacy {@code np.random.RandomState(seed)} draws (numpy 1.24,
 * numpy/random/src/legacy/legacy-distributions.c and distributions.c), so that recipes reproduce the
 * seeds' random numbers bit for bit. The one platform-dependent step, the libm log in the normal
 * draws, is replaced by a correctly rounded log ({@link CorrectlyRoundedLog}), so normal draws are those
 * numpy makes with a correctly rounded libm. Not thread-safe: one stream per computation, as in the seeds.
 */
public final class NumpyRandomState {
    private static final double TWO_POW_53 = 9007199254740992.0;
    private static final double TWO_POW_26 = 67108864.0;

    private final Mt19937 bits;
    private boolean hasGauss;
    private double gauss;

    /** Seeds the stream as {@code np.random.seed(seed)} does; the seed is an integer in [0, 2^32 - 1]. */
    public NumpyRandomState(long seed) {
        this.bits = new Mt19937(seed);
    }

    /** {@code random_sample()}: a double in [0, 1) made from 53 random bits (two 32-bit words). */
    public double randomSample() {
        long a = bits.nextUnsigned32() >>> 5;
        long b = bits.nextUnsigned32() >>> 6;
        return (a * TWO_POW_26 + b) / TWO_POW_53;
    }

    /** {@code uniform(low, high)}: {@code low + (high - low) * random_sample()}. */
    public double uniform(double low, double high) {
        return low + (high - low) * randomSample();
    }

    /** {@code uniform(low, high, size=n)}: n draws in order. */
    public double[] uniform(double low, double high, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = uniform(low, high);
        }
        return values;
    }

    /**
     * {@code normal(loc, scale)} = {@code loc + scale * gauss()}. The legacy polar method makes two
     * values at a time and keeps the second for the next call, whatever that call's loc and scale.
     */
    public double normal(double loc, double scale) {
        return loc + scale * standardGauss();
    }

    /** {@code normal(loc, scale, size=n)}: n draws in order. */
    public double[] normal(double loc, double scale, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = normal(loc, scale);
        }
        return values;
    }

    /**
     * numpy's {@code random_interval(max)} (distributions.c): a uniform integer in [0, max], drawing 32-bit words
     * masked to the smallest all-ones mask covering max until one is at most max. For max below 2^32 only.
     */
    public long randomInterval(long max) {
        if (max < 0 || max > 0xffffffffL) {
            throw new IllegalArgumentException("max must be between 0 and 2^32 - 1, got " + max);
        }
        if (max == 0) {
            return 0;
        }
        long mask = max;
        for (int shift = 1; shift <= 16; shift <<= 1) {
            mask |= mask >>> shift;
        }
        long value;
        do {
            value = bits.nextUnsigned32() & mask;
        } while (value > max);
        return value;
    }

    /** {@code permutation(n)}: {@code arange(n)} shuffled in place as the legacy {@code shuffle} does it. */
    public int[] permutation(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("permutation length must be at least 0, got " + n);
        }
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        shuffle(values);
        return values;
    }

    /** {@code shuffle(x)} of a 1-D array (mtrand.pyx {@code _shuffle_raw}): Fisher-Yates from the last element down. */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i >= 1; i--) {
            int j = (int) randomInterval(i);
            int swapped = values[j];
            values[j] = values[i];
            values[i] = swapped;
        }
    }

    private double standardGauss() {
        if (hasGauss) {
            hasGauss = false;
            double cached = gauss;
            gauss = 0.0;
            return cached;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        // numpy calls the C library's log here. A correctly rounded log gives the same bits on every
        // platform and JDK; it is what numpy drew with glibc < 2.28 and matches glibc 2.36's log on about
        // 99.92% of draws (elsewhere the draw differs by an ulp or so). sqrt is correctly rounded everywhere.
        double f = StrictMath.sqrt(-2.0 * CorrectlyRoundedLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }
}
