package org.gradientatlas.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * exp, log, atan, sin, cos and pi in BigDecimal at a chosen precision, for the slow paths that decide the
 * rare roundings the double-double paths cannot. Every series is summed until its terms fall below
 * 10^-precision of its sum; the callers add guard digits for the few thousand roundings and for
 * magnification by |argument|, and check the rounding against a margin (Ziv's strategy).
 */
final class BigFunctions {
    static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final double INV_LN2 = 1.4426950408889634;
    /** ln 2 to 220 significant digits; BigFunctionsTest checks them against 2 atanh(1/3). */
    private static final BigDecimal LN2 = new BigDecimal(
            "0.6931471805599453094172321214581765680755001343602552541206800094933936219696947156058633269964"
            + "186875420014810205706857336855202357581305570326707516350759619307275708283714351903070386238916"
            + "734711233501153644979552391205");
    /** pi to 400 significant digits, enough for cos and sin of any double at 40 digits; checked by Machin's. */
    private static final BigDecimal PI = new BigDecimal(
            "3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421"
            + "170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489"
            + "549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936"
            + "072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213"
            + "84146951941511609");

    private BigFunctions() {
    }

    /** ln 2 to the precision of mc. */
    static BigDecimal ln2(MathContext mc) {
        return mc.getPrecision() <= LN2.precision() - 10 ? LN2.round(mc) : computeLn2(mc);
    }

    /** pi to the precision of mc. */
    static BigDecimal pi(MathContext mc) {
        return mc.getPrecision() <= PI.precision() - 10 ? PI.round(mc) : computePi(mc);
    }

    /** ln 2 = 2 atanh(1/3). */
    static BigDecimal computeLn2(MathContext mc) {
        return atanh(BigDecimal.ONE.divide(BigDecimal.valueOf(3), mc), mc).multiply(TWO);
    }

    /** pi by Machin's formula, 16 atan(1/5) - 4 atan(1/239). */
    static BigDecimal computePi(MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 4);
        BigDecimal a = atanSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(5), wide), wide);
        BigDecimal b = atanSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(239), wide), wide);
        return a.multiply(BigDecimal.valueOf(16)).subtract(b.multiply(BigDecimal.valueOf(4)), mc);
    }

    /** atanh(s) = sum s^(2j+1)/(2j+1) for |s| <= 1/3. */
    static BigDecimal atanh(BigDecimal s, MathContext mc) {
        return oddSeries(s, s.multiply(s, mc), mc);
    }

    /** ln x for a positive finite double x: x = 2^k m with m in (sqrt(1/2), sqrt(2)], k ln 2 + 2 atanh(s). */
    static BigDecimal log(double x, MathContext mc) {
        int k = CorrectlyRoundedLog.exponent(x);
        BigDecimal m = NearestDouble.exact(BinaryRounding.scalb(x, -k));
        BigDecimal s = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), mc);
        BigDecimal v = atanh(s, mc).multiply(TWO);
        return k == 0 ? v : v.add(ln2(mc).multiply(BigDecimal.valueOf(k)), mc);
    }

    /** e^t for |t| < 2^20: t = k ln 2 + r with |r| < 0.35, 2^k e^r (2^k exact). */
    static BigDecimal exp(BigDecimal t, MathContext mc) {
        int k = (int) Math.floor(t.doubleValue() * INV_LN2 + 0.5);
        MathContext wide = new MathContext(mc.getPrecision() + 8);
        BigDecimal r = t.subtract(ln2(wide).multiply(BigDecimal.valueOf(k)), wide);
        return expSeries(r, mc).multiply(powerOfTwo(k), mc);
    }

    /** e^r = sum r^n/n! for |r| < 1. */
    static BigDecimal expSeries(BigDecimal r, MathContext mc) {
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; !negligible(term, sum, mc); n++) {
            term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
        }
        return sum;
    }

    /** 2^k exactly: 5^-k / 10^-k for k < 0. */
    static BigDecimal powerOfTwo(int k) {
        return k >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(k)) : new BigDecimal(BigInteger.valueOf(5).pow(-k), -k);
    }

    /** atan(q) for any q: by symmetry, atan(q) = pi/2 - atan(1/q) and atan(q) = pi/4 + atan((q-1)/(q+1)). */
    static BigDecimal atan(BigDecimal q, MathContext mc) {
        if (q.signum() < 0) {
            return atan(q.negate(), mc).negate();
        }
        MathContext wide = new MathContext(mc.getPrecision() + 4);
        if (q.compareTo(BigDecimal.ONE) > 0) {
            BigDecimal halfPi = pi(wide).divide(TWO, wide);
            return halfPi.subtract(atan(BigDecimal.ONE.divide(q, wide), wide), mc);
        }
        if (q.compareTo(new BigDecimal("0.41")) > 0) { // then |(q-1)/(q+1)| < 0.42
            BigDecimal t = q.subtract(BigDecimal.ONE).divide(q.add(BigDecimal.ONE), wide);
            BigDecimal quarterPi = pi(wide).divide(BigDecimal.valueOf(4), wide);
            return quarterPi.add(atanSeries(t, wide), mc);
        }
        return atanSeries(q, mc);
    }

    /** sin r (cosine false) or cos r (cosine true) by the Taylor series, for |r| < 1. */
    static BigDecimal sinOrCos(BigDecimal r, boolean cosine, MathContext mc) {
        BigDecimal minusR2 = r.multiply(r, mc).negate();
        BigDecimal term = cosine ? BigDecimal.ONE : r;
        BigDecimal sum = term;
        for (int n = cosine ? 1 : 2; !negligible(term, sum, mc); n += 2) {
            term = term.multiply(minusR2, mc).divide(BigDecimal.valueOf((long) n * (n + 1)), mc);
            sum = sum.add(term, mc);
        }
        return sum;
    }

    /** The integer nearest to v (ties to even). */
    static BigInteger nearestInteger(BigDecimal v) {
        return v.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    /** atan(q) = sum (-1)^j q^(2j+1)/(2j+1) for |q| < 1/2. */
    private static BigDecimal atanSeries(BigDecimal q, MathContext mc) {
        return oddSeries(q, q.multiply(q, mc).negate(), mc);
    }

    /** sum s z^j/(2j+1): atanh for z = s^2, atan for z = -s^2 (|z| < 1/4 here). */
    private static BigDecimal oddSeries(BigDecimal s, BigDecimal z, MathContext mc) {
        BigDecimal power = s;
        BigDecimal sum = s;
        for (int d = 3; !negligible(power, sum, mc); d += 2) {
            power = power.multiply(z, mc);
            sum = sum.add(power.divide(BigDecimal.valueOf(d), mc), mc);
        }
        return sum;
    }

    /**
     * Whether |term| < 10^-precision |sum|, by decimal exponents (precision - scale is floor(log10 |v|) + 1).
     * The series here shrink by a factor 2 or more a term, so the omitted tail is below twice that.
     */
    private static boolean negligible(BigDecimal term, BigDecimal sum, MathContext mc) {
        return term.signum() == 0
                || term.precision() - term.scale() < sum.precision() - sum.scale() - mc.getPrecision();
    }
}
