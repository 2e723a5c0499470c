package org.gradientatlas.surface;

import org.gradientatlas.text.ShortestDecimal;

/**
 * {@code noise.pnoise2} of the {@code noise} library (Debian python3-noise 1.2.3, its C extension {@code _perlin}):
 * Ken Perlin's improved noise in 2-D with the library's permutation and gradient tables, every step in float32,
 * summed over octaves as fractional Brownian motion. Bit-identical to the library (see PerlinNoiseTest).
 *
 * @param octaves     passes summed; the k-th has frequency lacunarity^k and amplitude persistence^k
 * @param repeatX     period along x of the first octave (the library's {@code repeatx}); octave k repeats at
 *                    repeatX lacunarity^k
 * @param base        offset added to the wrapped lattice index before the table look-up
 */
public record PerlinNoise(int octaves, float persistence, float lacunarity, float repeatX, float repeatY, int base) {
    /** The largest base for which every table read stays within the bytes that {@link PerlinTables} holds. */
    public static final int MAX_BASE = 255;

    public PerlinNoise {
        if (octaves < 1) {
            throw new IllegalArgumentException("octaves must be at least 1, got " + octaves);
        }
        if (!(repeatX > 0 && repeatY > 0 && Float.isFinite(repeatX) && Float.isFinite(repeatY))) {
            throw new IllegalArgumentException("repeatX and repeatY must be finite and positive, got "
                    + ShortestDecimal.text(repeatX) + ", " + ShortestDecimal.text(repeatY));
        }
        if (base < 0 || base > MAX_BASE) {
            throw new IllegalArgumentException("base must be within 0.." + MAX_BASE + ", got " + base);
        }
    }

    /**
     * The noise at (x, y) given as Python floats: they are rounded to float32 first, as the library's argument
     * parsing does; the float32 result is exact as a double.
     */
    public float at(double x, double y) {
        return at((float) x, (float) y);
    }

    /** py_noise2: one octave is returned as is, more are summed and divided by the sum of the amplitudes. */
    public float at(float x, float y) {
        if (octaves == 1) {
            return noise2(x, y, repeatX, repeatY, base);
        }
        float freq = 1f;
        float amp = 1f;
        float max = 0f;
        float total = 0f;
        for (int k = 0; k < octaves; k++) {
            total += noise2(x * freq, y * freq, repeatX * freq, repeatY * freq, base) * amp;
            max += amp;
            freq *= lacunarity;
            amp *= persistence;
        }
        return total / max;
    }

    /** One octave: the library's noise2, the lattice cell wrapped by fmodf and shifted by base. */
    static float noise2(float x, float y, float repeatX, float repeatY, int base) {
        int i = truncate(floor(x % repeatX));
        int j = truncate(floor(y % repeatY));
        int ii = truncate((i + 1) % repeatX);
        int jj = truncate((j + 1) % repeatY);
        i = (i & 255) + base;
        j = (j & 255) + base;
        ii = (ii & 255) + base;
        jj = (jj & 255) + base;
        float fx = x - floor(x);
        float fy = y - floor(y);
        float u = fade(fx);
        float v = fade(fy);
        int a = PerlinTables.perm(i);
        int b = PerlinTables.perm(ii);
        int aa = PerlinTables.perm(a + j);
        int ab = PerlinTables.perm(a + jj);
        int ba = PerlinTables.perm(b + j);
        int bb = PerlinTables.perm(b + jj);
        return lerp(v, lerp(u, grad(PerlinTables.perm(aa), fx, fy), grad(PerlinTables.perm(ba), fx - 1, fy)),
                lerp(u, grad(PerlinTables.perm(ab), fx, fy - 1), grad(PerlinTables.perm(bb), fx - 1, fy - 1)));
    }

    /** 6t^5 - 15t^4 + 10t^3 as the C code groups it: t*t*t * (t * (t * 6 - 15) + 10). */
    private static float fade(float t) {
        return t * t * t * (t * (t * 6 - 15) + 10);
    }

    private static float lerp(float t, float a, float b) {
        return a + t * (b - a);
    }

    /** The dot product with gradient hash &amp; 15 of GRAD3, multiplied out as the C code does (signed zeros). */
    private static float grad(int hash, float x, float y) {
        int h = hash & 15;
        return x * PerlinTables.gradX(h) + y * PerlinTables.gradY(h);
    }

    private static float floor(float v) {
        return (float) StrictMath.floor(v);
    }

    /**
     * C's (int) cast as x86-64 compiles it (cvttss2si): truncation, and 0x80000000 for NaN or out of range,
     * where Java's cast would give 0 or saturate.
     */
    static int truncate(float v) {
        return v >= -2147483648f && v < 2147483648f ? (int) v : Integer.MIN_VALUE;
    }
}
