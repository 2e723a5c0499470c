package org.gradientatlas.plot;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Tick labels as matplotlib writes them: no grouping, '.' decimal point, a true minus sign (U+2212). */
final class TickFormat {
    private TickFormat() {
    }

    static NumberFormat plain() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('\u2212');
        DecimalFormat format = new DecimalFormat("0.########", symbols);
        format.setGroupingUsed(false);
        return format;
    }
}
