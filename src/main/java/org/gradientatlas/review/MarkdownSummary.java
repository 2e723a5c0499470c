package org.gradientatlas.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.gradientatlas.figure.Numbers;

/**
 * The summary as a GitHub-flavoured Markdown table, for a pull request's job summary or comment: one row per
 * changed, added or removed figure, each linking to its section of the review page. Every text from the
 * figures is escaped, so a {@code |} or {@code *} in an id or value can never break the table.
 */
public final class MarkdownSummary {
    /** Characters that would end a cell or start inline markup; CommonMark lets any of them be backslashed. */
    private static final String SPECIAL = "\\|*_`[]<>&~!#";

    private static final String HEADING = "### Figure changes: ";

    private MarkdownSummary() {
    }

    /** True for a text this class wrote (by its first line), which diff may overwrite. */
    public static boolean wrote(String text) {
        return text.startsWith(HEADING);
    }

    public static String write(ReviewSummary summary) {
        StringBuilder md = new StringBuilder();
        md.append(HEADING).append(summary.countsText()).append("\n\n");
        md.append("Before: ").append(escape(summary.before())).append(" · after: ").append(escape(summary.after()))
                .append(" · [review page](").append(summary.pageLink()).append(")\n\n");
        if (summary.rows().isEmpty()) {
            return md.append("No figure changed.\n").toString();
        }
        md.append("| Figure | Status | RMS difference (0–255) | Changed pixels | Largest metric change | Review |\n");
        md.append("| --- | --- | ---: | ---: | --- | --- |\n");
        for (SummaryRow row : summary.rows()) {
            md.append("| ").append(escape(row.id()))
                    .append(" | ").append(row.status())
                    .append(" | ").append(row.rms() == null ? "–" : fixed(row.rms()))
                    .append(" | ").append(row.changedPixelShare() == null ? "–" : fixed(100 * row.changedPixelShare()) + "%")
                    .append(" | ").append(metric(row.largestMetric()))
                    .append(" | [").append(escape(row.id())).append("](").append(row.link()).append(") |\n");
        }
        return md.toString();
    }

    /** "name: before → after (Δ change)", the change left out when the sides are not both numbers. */
    private static String metric(MetricChange m) {
        if (m == null) {
            return "–";
        }
        String text = m.name() + ": " + number(m.before()) + " → " + number(m.after());
        Double change = m.absoluteChange();
        return escape(change == null ? text : text + " (Δ " + readable(change) + ")");
    }

    /** A number as the data files write it (Jackson's text of a parsed one reads "1.5E-10"); other text as is. */
    private static String number(String text) {
        Double value = MetricChange.value(text);
        return value == null ? text : Numbers.shortest(value);
    }

    /** Six significant digits, for people: 1.2 − 1 reads "0.2", not "0.19999999999999996" (the JSON keeps that). */
    private static String readable(double v) {
        return Numbers.shortest(new BigDecimal(v).round(new MathContext(6)).doubleValue());
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Text for a table cell: Markdown specials backslashed, line breaks as spaces. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                out.append(SPECIAL.indexOf(c) >= 0 ? "\\" : "").append(c);
            }
        }
        return out.toString();
    }
}
