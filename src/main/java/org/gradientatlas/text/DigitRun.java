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
        StringBuilder kept = new StringBuilder();
        boolean cutNonZero = false;
        long exponent = 0;
        int count = 0;
        boolean point = false;
        int i = start;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !point) {
                point = true;
                continue;
            }
            if (!DecimalParser.isDigit(c)) {
                break;
            }
            count++;
            if (point) {
                exponent--;
            }
            if (kept.length() == 0 && c == '0') {
                continue;
            }
            if (kept.length() < maxDigits) {
                kept.append(c);
            } else {
                exponent++;
                cutNonZero |= c != '0';
            }
        }
        if (count == 0) {
            return null;
        }
        if (cutNonZero) {
            kept.append('1');
            exponent--;
        }
        return new DigitRun(kept.length() == 0 ? BigInteger.ZERO : new BigInteger(kept.toString()), exponent, i);
    }
}
