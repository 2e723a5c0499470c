package org.gradientatlas.ticks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
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
    /**
     * Four significant digits of the exact value, as DecimalFormat("0.###E0") rounds them: ties to even, except for
     * integers below 2^63, whose ties it rounds up (FloatingDecimal does not mark their digits as exact).
     */
    private static final MathContext TIES_EVEN = new MathContext(4, RoundingMode.HALF_EVEN);
    private static final MathContext TIES_UP = new MathContext(4, RoundingMode.HALF_UP);
    private final int decimals;

    private TickFormat(int decimals) {
        this.decimals = decimals;
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
            return toAppendTo.append(scientific(number));
        }
        if (!Double.isFinite(number)) {
            return toAppendTo.append(Double.isNaN(number) ? "nan" : number > 0 ? "inf" : "\u2212inf");
        }
        // ScalarFormatter.__call__ writes |x| < 1e-8 as 0 (no "−0.0"); '%1.Nf' rounds the exact binary value.
        double x = Math.abs(number) < 1e-8 ? 0 : number;
        String text = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return toAppendTo.append(text.startsWith("-") ? "\u2212" + text.substring(1) : text);
    }

    /** DecimalFormat's "0.###E0" with a true minus sign and "e": −6e30, 1.235e10 (pure Java, as in the browser). */
    static String scientific(double x) {
        double magnitude = Math.abs(x);
        boolean longInteger = magnitude == IntegerRounding.rint(magnitude) && magnitude < 0x1p63;
        BigDecimal rounded = new BigDecimal(magnitude).round(longInteger ? TIES_UP : TIES_EVEN).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        String digits = rounded.unscaledValue().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (x < 0 ? "\u2212" : "") + mantissa + "e" + (exponent < 0 ? "\u2212" : "") + Math.abs(exponent);
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
