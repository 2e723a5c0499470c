package org.gradientatlas.figure;

import org.gradientatlas.text.ShortestDecimal;

/**
 * Locale- and JDK-independent number text. {@code Double.toString} changed on JDK 19 (it now prints the
 * shortest decimal), so output files use that decimal ({@link ShortestDecimal}, the same on every JDK and in the
 * browser), laid out as JavaScript's {@code Number.prototype.toString} does: 0.0001, 12.5, 1e-7, 1e+21.
 */
public final class Numbers {
    private Numbers() {
    }

    /** The shortest text that reads back to the same double; NaN and infinities as Java spells them. */
    public static String shortest(double v) {
        return ShortestDecimal.text(v);
    }

    /**
     * The double written for a float32 result: the shortest decimal that reads back to the same float, so the data
     * file says 0.3 where the float is 0.300000011920928955078125. Parsed as float32 it gives the exact bits.
     */
    public static double float32(float v) {
        if (!Float.isFinite(v) || v == 0) {
            return v;
        }
        return ShortestDecimal.of(v).toDouble();
    }
}
