package org.gradientatlas.ticks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Locale;
import org.gradientatlas.math.CorrectlyRoundedLog10;
import org.gradientatlas.math.IntegerRounding;

/**
 * Tick labels as matplotlib's {@code ScalarFormatter} writes them (no offset, no order of magnitude): every label
 * of an axis with the same number of decimals, chosen from all the locator's ticks ({@code _set_format}), so an
 * axis reads −2.0, −1.5, ..., 2.0; no grouping, '.' decimal point, a true minus sign (U+2212). Magnitudes from
 * 10⁹ on (a diverging run's axis) in short scientific form such as −6e30, so the labels stay readable.
 */
public final class TickFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private static final double SCIENTIFIC_FROM = 1e9;
    private final int decimals;
    private final DecimalFormat scientific;

    private TickFormat(int decimals) {
        this.decimals = decimals;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('\u2212');
        symbols.setExponentSeparator("e");
        scientific = new DecimalFormat("0.###E0", symbols);
        scientific.setGroupingUsed(false);
    }

    /** The format of an axis whose locator gives {@code locs} (all of them, also those beyond the view). */
    public static TickFormat forTicks(double[] locs) {
        return new TickFormat(decimals(locs));
    }

    /** Labels with exactly {@code decimals} digits after the point. */
    public static TickFormat withDecimals(int decimals) {
        return new TickFormat(decimals);
    }

    public int decimals() {
        return decimals;
    }

    /** matplotlib 3.6's {@code ScalarFormatter._set_format}: the fewest decimals that tell every tick apart. */
    public static int decimals(double[] locs) {
        if (locs.length == 0) {
            return 0;
        }
        double range = Arrays.stream(locs).max().getAsDouble() - Arrays.stream(locs).min().getAsDouble();
        if (range == 0) {
            range = Arrays.stream(locs).map(Math::abs).max().getAsDouble();
        }
        if (range == 0 || !Double.isFinite(range)) {
            range = 1;
        }
        int oom = (int) StrictMath.floor(CorrectlyRoundedLog10.log10(range));
        int sigfigs = Math.max(0, 3 - oom);
        double thresh = 1e-3 * PythonFloats.powerOfTen(oom);
        while (sigfigs >= 0 && maxRoundingError(locs, sigfigs) < thresh) {
            sigfigs--;
        }
        return sigfigs + 1;
    }

    /** {@code np.abs(locs - np.round(locs, decimals)).max()}; numpy rounds as rint(x * 10^d) / 10^d. */
    private static double maxRoundingError(double[] locs, int decimals) {
        double scale = PythonFloats.powerOfTen(decimals);
        double max = 0;
        for (double v : locs) {
            max = Math.max(max, Math.abs(v - IntegerRounding.rint(v * scale) / scale));
        }
        return max;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (Math.abs(number) >= SCIENTIFIC_FROM && Double.isFinite(number)) {
            return scientific.format(number, toAppendTo, pos);
        }
        if (!Double.isFinite(number)) {
            return toAppendTo.append(Double.isNaN(number) ? "nan" : number > 0 ? "inf" : "\u2212inf");
        }
        // ScalarFormatter.__call__ writes |x| < 1e-8 as 0 (no "−0.0"); '%1.Nf' rounds the exact binary value.
        double x = Math.abs(number) < 1e-8 ? 0 : number;
        String text = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return toAppendTo.append(text.startsWith("-") ? "\u2212" + text.substring(1) : text);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Object clone() {
        return new TickFormat(decimals);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are written, never read");
    }
}
