package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * x^y exactly, for the x > 0 and y for which it is a dyadic rational (an integer times a power of two):
 * only those can be a double or a rounding midpoint, where a Ziv loop would not end.
 *
 * <p>Write x = m 2^e with m odd, y = n 2^-k with n odd (k = 0 for an integer y). If m = 1, x^y = 2^(e y),
 * dyadic exactly when e y is an integer. If m >= 3: for an integer y < 0, x^y = 1/(m^|y| 2^(e|y|)) is not
 * dyadic; for an integer y > 0 it is m^y 2^(e y), a double or midpoint only if m^y < 2^54, so y <= 34; for
 * k >= 1, x^y is dyadic exactly when n > 0, m is a perfect 2^k-th power s^(2^k) and 2^k divides e, and then
 * it is s^n 2^(e n / 2^k), which needs s^n < 2^54 (so 2^k <= 33 and n <= 34) to be a double or midpoint.
 * Beyond those bounds x^y has more than 54 significant bits and the Ziv loop ends.
 */
final class PowExactCases {
    /** Exponents beyond which m^y needs more than 54 bits for every odd m >= 3 (3^35 > 2^55). */
    private static final int MAX_POWER = 34;
    private static final int MAX_ROOT_BITS = 5;

    private PowExactCases() {
    }

    /** x^y exactly if it may be a double or a midpoint (x > 0 and y finite, y not 0), else null. */
    static BigDecimal exactPower(double x, double y) {
        long xBits = Double.doubleToRawLongBits(x);
        long xSignificand = significand(xBits);
        int xZeros = Long.numberOfTrailingZeros(xSignificand);
        long m = xSignificand >>> xZeros;
        long e = exponent(xBits) + xZeros;
        long yBits = Double.doubleToRawLongBits(y);
        long ySignificand = significand(yBits);
        int yZeros = Long.numberOfTrailingZeros(ySignificand);
        long n = (ySignificand >>> yZeros) * (y < 0 ? -1 : 1);
        int yExponent = exponent(yBits) + yZeros; // y = n 2^yExponent
        if (m == 1) {
            return powerOfTwoPower(e, n, yExponent);
        }
        if (yExponent >= 0) { // an integer y
            return y > 0 && y <= MAX_POWER ? power(m, e, (int) y) : null;
        }
        int k = -yExponent;
        if (n < 0 || n > MAX_POWER || k > MAX_ROOT_BITS || e % (1L << k) != 0) {
            return null;
        }
        long s = root(m, k);
        return s < 0 ? null : power(s, e >> k, (int) n);
    }

    /** 2^(e n 2^yExponent) if that exponent is an integer, else null. */
    private static BigDecimal powerOfTwoPower(long e, long n, int yExponent) {
        if (yExponent < 0 && (yExponent < -62 || e % (1L << -yExponent) != 0)) {
            return null; // |e| <= 1074 < 2^11: not divisible by 2^63
        }
        double product = BinaryRounding.scalb((double) e * n, yExponent); // only its range matters beyond 2^12
        if (Math.abs(product) > 4096) {
            return product > 0 ? BigDecimal.TEN.pow(400) : BigDecimal.ZERO; // overflows / underflows past any tie
        }
        long exponent = yExponent >= 0 ? e * n << yExponent : e / (1L << -yExponent) * n;
        return BigFunctions.powerOfTwo((int) exponent);
    }

    /** base^p 2^(e p) exactly (e p stays within +-2^17 here). */
    private static BigDecimal power(long base, long e, int p) {
        BigInteger odd = BigInteger.valueOf(base).pow(p);
        long exponent = e * p;
        if (exponent + odd.bitLength() > 1100) {
            return BigDecimal.TEN.pow(400); // above the overflow threshold
        }
        if (exponent + odd.bitLength() < -1100) {
            return BigDecimal.ZERO; // below half the least subnormal
        }
        return new BigDecimal(odd).multiply(BigFunctions.powerOfTwo((int) exponent));
    }

    /** The integer s with s^(2^k) = m, or -1 if there is none. */
    private static long root(long m, int k) {
        long s = m;
        for (int i = 0; i < k; i++) {
            long r = (long) Math.sqrt((double) s); // s < 2^53: exact as a double, sqrt correctly rounded
            if (r * r != s) {
                return -1;
            }
            s = r;
        }
        return s;
    }

    private static long significand(long bits) {
        long fraction = bits & ((1L << 52) - 1);
        return (bits & 0x7ff0000000000000L) == 0 ? fraction : fraction | 1L << 52;
    }

    private static int exponent(long bits) {
        return Math.max((int) (bits >>> 52) & 0x7ff, 1) - 1075;
    }
}
