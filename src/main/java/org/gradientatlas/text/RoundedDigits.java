package org.gradientatlas.text;

/**
 * A non-negative decimal 0.d1d2...dn x 10^point, rounded half up to fewer digits as {@code java.util.Formatter}
 * rounds its digits.
 *
 * @param digits the significant digits, no leading zero; empty for zero
 * @param point  where the decimal point goes: after this many digits (negative: zeros come first)
 */
record RoundedDigits(String digits, int point) {
    static final RoundedDigits ZERO = new RoundedDigits("", 1);

    static RoundedDigits of(ShortestDecimal decimal) {
        return decimal.digits() == 0 ? ZERO
                : new RoundedDigits(decimal.digitText(), decimal.leadingExponent() + 1);
    }

    /** Rounded to {@code decimals} digits after the point. */
    RoundedDigits toDecimals(int decimals) {
        return keep((long) point + decimals);
    }

    /** Rounded to {@code count} significant digits. */
    RoundedDigits toSignificant(int count) {
        return keep(count);
    }

    /** The first {@code count} digits, plus one unit in the last of them when the next digit is 5 or more. */
    private RoundedDigits keep(long count) {
        if (count >= digits.length()) {
            return this;
        }
        if (count < 0 || count == 0 && digits.charAt(0) < '5') {
            return ZERO;
        }
        char[] kept = digits.substring(0, (int) count).toCharArray();
        if (digits.charAt((int) count) < '5') {
            return new RoundedDigits(new String(kept), point);
        }
        int i = kept.length - 1;
        while (i >= 0 && kept[i] == '9') {
            kept[i--] = '0';
        }
        if (i < 0) {
            return new RoundedDigits("1" + new String(kept), point + 1); // 9.99 -> 10.0: one more digit in front
        }
        kept[i]++;
        return new RoundedDigits(new String(kept), point);
    }

    /** Plain notation with exactly {@code decimals} digits after the point ("0.050", "12", "120.0"). */
    String plain(int decimals) {
        StringBuilder out = new StringBuilder();
        if (point <= 0 || digits.isEmpty()) {
            out.append('0');
        } else {
            for (int i = 0; i < point; i++) {
                out.append(digit(i));
            }
        }
        if (decimals > 0) {
            out.append('.');
            for (int i = 0; i < decimals; i++) {
                out.append(digits.isEmpty() ? '0' : digit(point + i));
            }
        }
        return out.toString();
    }

    /** d.ddd with {@code decimals} digits after the point (no exponent). */
    String scientific(int decimals) {
        StringBuilder out = new StringBuilder().append(digit(0));
        if (decimals > 0) {
            out.append('.');
            for (int i = 1; i <= decimals; i++) {
                out.append(digit(i));
            }
        }
        return out.toString();
    }

    /** The digit at {@code index} (0 is the first significant one), 0 outside the digits. */
    private char digit(int index) {
        return index >= 0 && index < digits.length() ? digits.charAt(index) : '0';
    }
}
