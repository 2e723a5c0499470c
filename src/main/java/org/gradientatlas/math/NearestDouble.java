package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Rounds exact decimal values to the nearest double in integer arithmetic (BigInteger division, then
 * {@link BinaryRounding}), so the slow paths do not depend on how a platform's BigDecimal.doubleValue rounds.
 */
final class NearestDouble {
    private static final double LOG2_10 = 3.321928094887362;

    private NearestDouble() {
    }

    /** The double nearest to v, ties to even; -0.0 for a negative v that rounds to zero. */
    static double of(BigDecimal v) {
        if (v.signum() == 0) {
            return 0.0;
        }
        BigInteger u = v.unscaledValue().abs();
        int scale = v.scale();
        // |v| = u 10^-scale; e is floor(log2 |v|) to within 1 (the double product errs by far less than 1).
        int e = u.bitLength() - 1 - (int) Math.floor(scale * LOG2_10);
        int j = 60 - e; // |v| 2^j lies in [2^58, 2^62)
        BigInteger numerator = j >= 0 ? u.shiftLeft(j) : u;
        BigInteger denominator = j >= 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(-j);
        if (scale >= 0) {
            denominator = denominator.multiply(BigInteger.TEN.pow(scale));
        } else {
            numerator = numerator.multiply(BigInteger.TEN.pow(-scale));
        }
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        // A nonzero remainder becomes a sticky last bit: the integer is then odd and within 1 of |v| 2^j, and
        // BinaryRounding rounds at least 5 bits above it (it keeps 53 of 59 or more), so the result is unchanged.
        long m = qr[0].longValue() | (qr[1].signum() != 0 ? 1 : 0);
        return BinaryRounding.toDouble(m, -j, v.signum() < 0);
    }

    /**
     * The double nearest to every number of the closed interval [lo, hi], or NaN if they do not all round
     * to one double (then more precision is needed). Rounding is monotone: the ends decide.
     */
    static double ofInterval(BigDecimal lo, BigDecimal hi) {
        double d = of(lo);
        return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(of(hi)) ? d : Double.NaN;
    }

    /** The exact value of a finite double. */
    static BigDecimal exact(double d) {
        long bits = Double.doubleToRawLongBits(d);
        int field = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        if (field != 0) {
            m |= 1L << 52;
        }
        int e = Math.max(field, 1) - 1075;
        BigInteger significand = BigInteger.valueOf(bits < 0 ? -m : m);
        // m 2^e = m 5^-e / 10^-e for e < 0: a finite decimal.
        return e >= 0 ? new BigDecimal(significand.shiftLeft(e))
                : new BigDecimal(significand.multiply(BigInteger.valueOf(5).pow(-e)), -e);
    }
}
