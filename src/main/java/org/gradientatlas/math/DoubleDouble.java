package org.gradientatlas.math;

/**
 * An unevaluated sum hi + lo of two doubles with |lo| <= ulp(hi)/2, about 106 bits of precision, and the
 * error-free transformations it is built on. No fused multiply-add (TeaVM has none): the exact product
 * comes from Dekker's splitting (T. J. Dekker, "A floating-point technique for extending the available
 * precision", Numer. Math. 18, 1971), the exact sum from Knuth's TwoSum (TAOCP vol. 2, 4.2.2).
 *
 * <p>The operations are those analysed by Joldes, Muller and Popescu, "Tight and rigorous error bounds for
 * basic building blocks of double-word arithmetic" (ACM TOMS 44(2), 2017), with rounded operations where
 * they use an fma: with u = 2^-53 each has a relative error below 16u^2 = 2^-102 (their bounds are 2u^2 to
 * 15u^2). The bounds need no overflow and no underflow: operands and partial products must stay between
 * 2^-960 and 2^990 in magnitude (or be 0), which the callers ensure.
 */
record DoubleDouble(double hi, double lo) {
    static final DoubleDouble ONE = new DoubleDouble(1.0, 0.0);
    /** 2^27 + 1: multiplying by it splits a double into two halves of 26 bits each (Veltkamp). */
    private static final double SPLITTER = 0x1p27 + 1;

    /** The upper half of a (Veltkamp's split): a - upperHalf(a), its lower half, is exact too. */
    static double upperHalf(double a) {
        double c = SPLITTER * a;
        return c - (c - a);
    }

    /** a * b - p exactly, where p is the rounded product a * b (Dekker's TwoProduct). */
    static double productError(double a, double b, double p) {
        double aHi = upperHalf(a);
        return productError(aHi, a - aHi, b, p);
    }

    /** a * b - p exactly for a split in advance into aHi + aLo ({@link #upperHalf}), as tables are. */
    static double productError(double aHi, double aLo, double b, double p) {
        double bHi = upperHalf(b);
        double bLo = b - bHi;
        return ((aHi * bHi - p) + aHi * bLo + aLo * bHi) + aLo * bLo;
    }

    /** a + b - s exactly, where s is the rounded sum a + b (Knuth's TwoSum, no condition on a and b). */
    static double sumError(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    /** The exact product a * b. */
    static DoubleDouble product(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, productError(a, b, p));
    }

    /** The exact sum a + b. */
    static DoubleDouble sum(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, sumError(a, b, s));
    }

    /** hi + lo renormalised (Fast2Sum), for |hi| >= |lo| or hi = 0. */
    static DoubleDouble fastSum(double hi, double lo) {
        double s = hi + lo;
        return new DoubleDouble(s, lo - (s - hi));
    }

    /** The quotient a / b of two doubles, as a double-double (relative error below 2^-104). */
    static DoubleDouble quotient(double a, double b) {
        double q = a / b;
        double remainder = -productError(q, b, q * b) + (a - q * b); // a - q b: exact, a double
        return fastSum(q, remainder / b);
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    double value() {
        return hi + lo;
    }

    /**
     * hi + lo rounded to nearest if every number within relativeError |hi| of it rounds to the same double,
     * else NaN (Ziv's rounding test). Rounding is monotone, so checking both ends suffices; the two additions
     * move the ends by at most 2^-105 |hi|, far inside the margins used here. For normal results only.
     */
    double roundedWithin(double relativeError) {
        return roundedWithinAbsolute(Math.abs(hi) * relativeError);
    }

    /** As roundedWithin, for an absolute error bound (above 2^-100 |hi|). */
    double roundedWithinAbsolute(double error) {
        double down = hi + (lo - error);
        return down == hi + (lo + error) ? down : Double.NaN;
    }

    /** Horner's rule in double: c[0] + x (c[1] + x (c[2] + ...)). */
    static double polynomial(double x, double[] c) {
        double sum = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) {
            sum = sum * x + c[i];
        }
        return sum;
    }

    /** Horner's rule in double-double: c[0] + z (c[1] + z (c[2] + ...)). */
    static DoubleDouble polynomial(DoubleDouble z, DoubleDouble[] c) {
        DoubleDouble sum = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) {
            sum = sum.times(z).plus(c[i]);
        }
        return sum;
    }

    /** this + d ("DWPlusFP"). */
    DoubleDouble plus(double d) {
        double s = hi + d;
        double v = lo + sumError(hi, d, s);
        return fastSum(s, v);
    }

    /** this + o ("AccurateDWPlusDW"). */
    DoubleDouble plus(DoubleDouble o) {
        double s = hi + o.hi;
        double sErr = sumError(hi, o.hi, s);
        double t = lo + o.lo;
        double tErr = sumError(lo, o.lo, t);
        DoubleDouble v = fastSum(s, sErr + t);
        return fastSum(v.hi, tErr + v.lo);
    }

    DoubleDouble minus(DoubleDouble o) {
        return plus(o.negate());
    }

    /** this * d ("DWTimesFP", its fma replaced by a rounded multiply and add). */
    DoubleDouble times(double d) {
        double p = hi * d;
        double err = productError(hi, d, p) + lo * d;
        return fastSum(p, err);
    }

    /** this * o ("DWTimesDW", its fmas replaced by rounded operations). */
    DoubleDouble times(DoubleDouble o) {
        double p = hi * o.hi;
        double err = productError(hi, o.hi, p) + (hi * o.lo + lo * o.hi);
        return fastSum(p, err);
    }

    /** this / o ("DWDivDW": the leading quotient q and one correction (this - q o) / o.hi). */
    DoubleDouble dividedBy(DoubleDouble o) {
        double q = hi / o.hi;
        DoubleDouble r = o.times(q);
        double rest = ((hi - r.hi) - r.lo) + lo; // hi - r.hi is exact (Sterbenz: r.hi is within 2^-51 of hi)
        return fastSum(q, rest / o.hi);
    }
}
