package org.gradientatlas.report;

/** A PNG's pixel size, read from its IHDR chunk (bytes 16..23), as "width × height". */
final class PngSize {
    private PngSize() {
    }

    static String of(byte[] png) {
        if (png.length < 24 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw new IllegalArgumentException("not a PNG image");
        }
        return readInt(png, 16) + " × " + readInt(png, 20);
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
