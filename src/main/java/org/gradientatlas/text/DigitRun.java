package org.gradientatlas.text;

import java.math.BigInteger;

/**
 * The mantissa of a decimal, {@code \d+\.?\d*} or {@code \.\d+}: its significant digits as an integer and the power
 * of ten that scales them, so that the mantissa is digits x 10^exponent.
 *
 * @param end the index after the mantissa
 */
record DigitRun(BigInteger digits, long exponent, int end) {

    /** The mantissa at {@code start}, keeping at most {@code maxDigits} digits (and a 1 for any non-zero cut off). */
    static DigitRun read(String text, int start, int maxDigits) {
        int end = start;
        int point = -1;
        int count = 0;
        for (; end < text.length(); end++) {
            char c = text.charAt(end);
            if (c == '.' && point < 0) {
                point = end;
            } else if (DecimalParser.isDigit(c)) {
                count++;
            } else {
                break;
            }
        }
        if (count == 0) {
            return null;
        }
        long fractionDigits = point < 0 ? 0 : end - point - 1;
        return significant(text.substring(start, end).replace(".", ""), -fractionDigits, end, maxDigits);
    }

    /** digits x 10^exponent without leading zeros, the digits past maxDigits only as a final 1 if one is non-zero. */
    private static DigitRun significant(String digits, long exponent, int end, int maxDigits) {
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
        }
        String kept = digits.substring(first);
        if (kept.length() > maxDigits) {
            boolean cutNonZero = false;
            for (int i = maxDigits; i < kept.length(); i++) {
                cutNonZero |= kept.charAt(i) != '0';
            }
            exponent += kept.length() - maxDigits - (cutNonZero ? 1 : 0);
            kept = kept.substring(0, maxDigits) + (cutNonZero ? "1" : "");
        }
        return new DigitRun(kept.isEmpty() ? BigInteger.ZERO : new BigInteger(kept), exponent, end);
    }
}
