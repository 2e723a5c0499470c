package org.gradientatlas;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float formatting, for tests that compare with what the seeds print: {@code repr(v)} (also what
 * {@code f"{array.squeeze()}"} prints for a float64) and {@code f"{v:.Nf"}}. Checked against CPython 3.11 in
 * PythonFloatFormatTest.
 */
public final class PythonFloatFormat {
    private PythonFloatFormat() {
    }

    /**
     * {@code f"{v:.Nf}"}: the exact binary value rounded half-even to N decimals (Python's dtoa), with a minus
     * sign whenever the sign bit is set, so -0.0 and -0.0004 print as -0.000.
     */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        String digits = new BigDecimal(Math.abs(v)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return (Math.copySign(1, v) < 0 ? "-" : "") + digits;
    }

    /**
     * {@code repr(v)}: the shortest digits that read back to v, in fixed notation when the decimal exponent is
     * -4 to 15 (with ".0" for integers), otherwise as d.ddde±XX.
     */
    public static String repr(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        String sign = Math.copySign(1, v) < 0 ? "-" : "";
        if (v == 0) {
            return sign + "0.0";
        }
        BigDecimal shortest = shortestDigits(Math.abs(v));
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = shortest.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String digits = shortest.unscaledValue().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                + Math.abs(exponent);
    }

    /**
     * Java's shortest decimal has at least two digits (Double.MIN_VALUE is 4.9e-324); Python takes one digit
     * when the nearest one-digit decimal reads back (5e-324).
     */
    private static BigDecimal shortestDigits(double v) {
        BigDecimal shortest = new BigDecimal(NumberOutput.toString(v, true)).stripTrailingZeros();
        if (shortest.precision() == 2) {
            BigDecimal oneDigit = new BigDecimal(v).round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(oneDigit.toString()) == v) {
                return oneDigit.stripTrailingZeros();
            }
        }
        return shortest;
    }
}
