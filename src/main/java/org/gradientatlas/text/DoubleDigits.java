package org.gradientatlas.text;

import static org.gradientatlas.text.PowersOfTen.flog10pow2;
import static org.gradientatlas.text.PowersOfTen.flog10threeQuartersPow2;
import static org.gradientatlas.text.PowersOfTen.flog2pow10;
import static org.gradientatlas.text.PowersOfTen.multiplyHigh;

/**
 * Schubfach for doubles (Giulietti 2020, figure 4 and section 9): the value c 2^q is scaled by 10^-k with one
 * 126-bit multiplication per bound, rounded to odd; then the decimal with one digit fewer (sp10 or tp10) or else
 * the closer of s and s + 1 is the one whose rounding interval test passes.
 */
final class DoubleDigits {
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    /** Subnormal significands below this get one more digit (c x 10, k - 1), as Double.toString's two digits need. */
    private static final long C_TINY = 3;
    private static final long MASK_63 = (1L << 63) - 1;

    private DoubleDigits() {
    }

    /** A non-zero finite double from its biased exponent and fraction bits. */
    static ShortestDecimal of(boolean negative, int biased, long fraction) {
        if (biased == 0) {
            return fraction < C_TINY ? decimal(negative, Q_MIN, 10 * fraction, -1)
                    : decimal(negative, Q_MIN, fraction, 0);
        }
        long c = C_MIN | fraction;
        int q = biased - 1075;
        if (q < 0 && q > -53) {
            long integer = c >> -q;
            if (integer << -q == c) {
                return ShortestDecimal.trimmed(negative, integer, 0);
            }
        }
        return decimal(negative, q, c, 0);
    }

    private static ShortestDecimal decimal(boolean negative, int q, long c, int dk) {
        long out = c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // At a power of two the interval below is half as wide as the one above.
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = PowersOfTen.g1(k);
        long g0 = PowersOfTen.g0(k);
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        return choose(negative, vb, vbl, vbr, out, k, dk);
    }

    /**
     * The decimal from the scaled value vb and its interval (vbl, vbr), all times 4 and rounded to odd: one digit
     * fewer if one of sp10 and tp10 is inside (never both), else whichever of s and s + 1 is inside or, with both,
     * the closer (ties to even). Floats share it, their values widened.
     */
    static ShortestDecimal choose(boolean negative, long vb, long vbl, long vbr, long out, int k, int dk) {
        long s = vb >> 2;
        if (s >= 100) {
            long sp10 = s / 10 * 10;
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return ShortestDecimal.trimmed(negative, upin ? sp10 : tp10, k);
            }
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return ShortestDecimal.trimmed(negative, uin ? s : t, k + dk);
        }
        long cmp = vb - (s + t << 1);
        return ShortestDecimal.trimmed(negative, cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k + dk);
    }

    /** floor(g cp / 2^127) with its last bit set when anything was cut off (the paper's rop). */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }
}
