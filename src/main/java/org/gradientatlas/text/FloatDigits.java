package org.gradientatlas.text;

import static org.gradientatlas.text.PowersOfTen.flog10pow2;
import static org.gradientatlas.text.PowersOfTen.flog10threeQuartersPow2;
import static org.gradientatlas.text.PowersOfTen.flog2pow10;
import static org.gradientatlas.text.PowersOfTen.multiplyHigh;

/** Schubfach for floats, as {@link DoubleDigits} but with the upper 63 bits of g plus one (Giulietti 2020, §10). */
final class FloatDigits {
    private static final int Q_MIN = -149;
    private static final int C_MIN = 1 << 23;
    private static final int C_TINY = 8;
    private static final long MASK_32 = 0xffff_ffffL;

    private FloatDigits() {
    }

    /** A non-zero finite float from its biased exponent and fraction bits. */
    static ShortestDecimal of(boolean negative, int biased, int fraction) {
        if (biased == 0) {
            return fraction < C_TINY ? decimal(negative, Q_MIN, 10 * fraction, -1)
                    : decimal(negative, Q_MIN, fraction, 0);
        }
        int c = C_MIN | fraction;
        int q = biased - 150;
        if (q < 0 && q > -24) {
            int integer = c >> -q;
            if (integer << -q == c) {
                return ShortestDecimal.trimmed(negative, integer, 0);
            }
        }
        return decimal(negative, q, c, 0);
    }

    private static ShortestDecimal decimal(boolean negative, int q, int c, int dk) {
        int out = c & 1;
        long cb = (long) c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 33;
        long g = PowersOfTen.g1(k) + 1;
        int vb = roundToOdd(g, cb << h);
        int vbl = roundToOdd(g, cbl << h);
        int vbr = roundToOdd(g, cbr << h);
        return DoubleDigits.choose(negative, vb, vbl, vbr, out, k, dk);
    }

    /** floor(g cp / 2^95) with its last bit set when anything was cut off. */
    private static int roundToOdd(long g, long cp) {
        long x1 = multiplyHigh(g, cp);
        long vbp = x1 >>> 31;
        return (int) (vbp | (x1 & MASK_32) + MASK_32 >>> 32);
    }
}
