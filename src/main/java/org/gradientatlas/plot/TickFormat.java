package org.gradientatlas.plot;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels as matplotlib writes them: no grouping, '.' decimal point, a true minus sign (U+2212); magnitudes
 * from 10⁹ on (a diverging run's axis) in short scientific form such as −6e30, so the labels stay readable.
 */
final class TickFormat extends NumberFormat {
    private static final double SCIENTIFIC_FROM = 1e9;
    private final DecimalFormat plain;
    private final DecimalFormat scientific;

    private TickFormat() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('\u2212');
        symbols.setExponentSeparator("e");
        plain = new DecimalFormat("0.########", symbols);
        plain.setGroupingUsed(false);
        scientific = new DecimalFormat("0.###E0", symbols);
        scientific.setGroupingUsed(false);
    }

    static NumberFormat plain() {
        return new TickFormat();
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return (Math.abs(number) >= SCIENTIFIC_FROM ? scientific : plain).format(number, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Object clone() {
        return new TickFormat();
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return plain.parse(source, parsePosition);
    }
}
