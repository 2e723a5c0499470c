package org.gradientatlas.surface;

/**
 * The tables of the noise library's {@code _noise.h}, as the Debian python3-noise 1.2.3 amd64 build lays them out
 * in its read-only data: PERM (Ken Perlin's permutation of 0..255, written twice: 512 bytes), immediately followed
 * by GRAD4 (32 four-float gradients of the simplex code, 512 bytes), then GRAD3. With base > 1, noise2's
 * {@code PERM[A + j]} can index past 511 and then reads GRAD4's bytes; {@link #perm} returns those bytes too, so
 * the port agrees with the library for every base in 0..255.
 */
final class PerlinTables {
    private static final int[] PERMUTATION = {
            151, 160, 137, 91, 90, 15, 131, 13, 201, 95, 96, 53, 194, 233, 7, 225,
            140, 36, 103, 30, 69, 142, 8, 99, 37, 240, 21, 10, 23, 190, 6, 148,
            247, 120, 234, 75, 0, 26, 197, 62, 94, 252, 219, 203, 117, 35, 11, 32,
            57, 177, 33, 88, 237, 149, 56, 87, 174, 20, 125, 136, 171, 168, 68, 175,
            74, 165, 71, 134, 139, 48, 27, 166, 77, 146, 158, 231, 83, 111, 229, 122,
            60, 211, 133, 230, 220, 105, 92, 41, 55, 46, 245, 40, 244, 102, 143, 54,
            65, 25, 63, 161, 1, 216, 80, 73, 209, 76, 132, 187, 208, 89, 18, 169,
            200, 196, 135, 130, 116, 188, 159, 86, 164, 100, 109, 198, 173, 186, 3, 64,
            52, 217, 226, 250, 124, 123, 5, 202, 38, 147, 118, 126, 255, 82, 85, 212,
            207, 206, 59, 227, 47, 16, 58, 17, 182, 189, 28, 42, 223, 183, 170, 213,
            119, 248, 152, 2, 44, 154, 163, 70, 221, 153, 101, 155, 167, 43, 172, 9,
            129, 22, 39, 253, 19, 98, 108, 110, 79, 113, 224, 232, 178, 185, 112, 104,
            218, 246, 97, 228, 251, 34, 242, 193, 238, 210, 144, 12, 191, 179, 162, 241,
            81, 51, 145, 235, 249, 14, 239, 107, 49, 192, 214, 31, 181, 199, 106, 157,
            184, 84, 204, 176, 115, 121, 50, 45, 127, 4, 150, 254, 138, 236, 205, 93,
            222, 114, 67, 29, 24, 72, 243, 141, 128, 195, 78, 66, 215, 61, 156, 180
    };
    /** GRAD3's x and y columns; the z column does not enter noise2. */
    private static final float[] GRAD_X = {1, -1, 1, -1, 1, -1, 1, -1, 0, 0, 0, 0, 1, -1, 0, 0};
    private static final float[] GRAD_Y = {1, 1, -1, -1, 0, 0, 0, 0, 1, -1, 1, -1, 0, 0, -1, 1};
    private static final byte[] MEMORY = memory();

    private PerlinTables() {
    }

    /** The byte at offset index from the start of PERM, for index 0..1023. */
    static int perm(int index) {
        return MEMORY[index] & 0xff;
    }

    static float gradX(int h) {
        return GRAD_X[h];
    }

    static float gradY(int h) {
        return GRAD_Y[h];
    }

    private static byte[] memory() {
        byte[] bytes = new byte[1024];
        for (int k = 0; k < 512; k++) {
            bytes[k] = (byte) PERMUTATION[k & 255];
        }
        float[] grad4 = grad4();
        for (int k = 0; k < grad4.length; k++) {
            int bits = Float.floatToRawIntBits(grad4[k]);
            for (int b = 0; b < 4; b++) {
                bytes[512 + 4 * k + b] = (byte) (bits >>> (8 * b)); // little-endian
            }
        }
        return bytes;
    }

    /**
     * GRAD4 row by row: the zero moves from the first to the last coordinate every 8 rows; the other three are
     * +1 or -1, counting down in binary (+++, ++-, +-+, ...).
     */
    private static float[] grad4() {
        float[] values = new float[128];
        for (int row = 0; row < 32; row++) {
            int zeroAt = row / 8;
            int signs = row % 8;
            int bit = 2;
            for (int c = 0; c < 4; c++) {
                values[4 * row + c] = c == zeroAt ? 0f : ((signs >> bit--) & 1) == 0 ? 1f : -1f;
            }
        }
        return values;
    }
}
