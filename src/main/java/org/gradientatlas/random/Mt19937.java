package org.gradientatlas.random;

/**
 * The 32-bit Mersenne Twister (Matsumoto and Nishimura, 1998), seeded with {@code init_genrand} as numpy's
 * legacy {@code RandomState.seed(int)} seeds it (numpy/random/src/mt19937/mt19937.c, {@code mt19937_seed}).
 */
final class Mt19937 {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] key = new int[N];
    private int pos;

    Mt19937(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be between 0 and 2^32 - 1, got " + seed);
        }
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            key[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /** The next 32 random bits, as an unsigned value in a long. */
    long nextUnsigned32() {
        if (pos == N) {
            regenerate();
        }
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void regenerate() {
        for (int i = 0; i < N; i++) {
            int y = (key[i] & UPPER_MASK) | (key[(i + 1) % N] & LOWER_MASK);
            key[i] = key[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        pos = 0;
    }
}
