package org.gradientatlas.ticks;

import org.gradientatlas.text.DecimalParser;

/**
 * Python's (and numpy's) float arithmetic where it differs from Java's: floor division, divmod and
 * {@code 10.0 ** k}. Ported so that code ported from matplotlib rounds the same way.
 */
public final class PythonFloats {
    private PythonFloats() {
    }

    /** {@code divmod(a, b)} for floats (CPython's float_divmod, numpy's npy_divmod): {floor quotient, mod}. */
    public static double[] divmod(double a, double b) {
        double mod = a % b; // Java's % on doubles is C's fmod: exact
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = StrictMath.copySign(0.0, b);
        }
        double floorDiv;
        if (div != 0) {
            floorDiv = StrictMath.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = StrictMath.copySign(0.0, a / b);
        }
        return new double[] {floorDiv, mod};
    }

    /** {@code a // b} for floats. */
    public static double floorDivide(double a, double b) {
        return divmod(a, b)[0];
    }

    /**
     * {@code 10.0 ** k} for an integral k as CPython computes it on Debian (glibc's pow). That is the correctly
     * rounded power of ten except for k = 23 and k = 210, where glibc rounds the other way; both were found by
     * comparing every k in [-323, 308] with Python.
     */
    public static double powerOfTen(double k) {
        if (k == 23) {
            return 1.0000000000000001e23;
        }
        if (k == 210) {
            return 1.0000000000000001e210;
        }
        if (k > 308) {
            return Double.POSITIVE_INFINITY;
        }
        return k < -400 ? 0.0 : DecimalParser.toDouble(false, 1, (int) k);
    }
}
