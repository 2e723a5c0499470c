package org.gradientatlas.figure;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * Locale- and JDK-independent number text. {@code Double.toString} changed on JDK 19 (it now prints the
 * shortest decimal), so output files use Jackson's copy of that algorithm (Schubfach) on every JDK.
 */
public final class Numbers {
    private static final double MAX_EXACT_INTEGER = 9007199254740992.0;

    private Numbers() {
    }

    /** The shortest text that reads back to the same double; integral values without a fraction. */
    public static String shortest(double v) {
        if (v == Math.rint(v) && Math.abs(v) < MAX_EXACT_INTEGER) {
            return v == 0 && 1 / v < 0 ? "-0" : Long.toString((long) v);
        }
        return NumberOutput.toString(v, true);
    }
}
