package org.gradientatlas.recipe;

import java.math.BigDecimal;
import java.math.MathContext;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.text.DecimalParser;

/** Numbers in captions and legends, locale-free. */
public final class NumberText {
    private NumberText() {
    }

    /** At most four significant digits, for derived values in captions (0.8, -0.6 rather than -0.6000000000000001). */
    public static String fourDigits(double v) {
        return Double.isFinite(v) ? num(DecimalParser.toDouble(new BigDecimal(v).round(new MathContext(4))))
                : num(v);
    }

    public static String num(double v) {
        return Numbers.shortest(v);
    }

    /** A number for a legend or axis: the shortest decimal with a true minus sign, as matplotlib's text. */
    public static String label(double v) {
        return num(v).replace('-', '\u2212');
    }
}
