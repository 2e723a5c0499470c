package org.gradientatlas.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * One series as CSV (RFC 4180), the same on the JVM and in the browser: a header of column names, then one row per
 * point; numbers as the data file writes them (shortest round-trip decimal, locale-free), NaN and infinities as
 * empty fields.
 */
public final class SeriesCsv {
    private SeriesCsv() {
    }

    public static String write(Series series) {
        StringBuilder out = new StringBuilder();
        List<double[]> columns = new ArrayList<>();
        String separator = "";
        for (String name : series.names()) {
            out.append(separator).append(quoted(name));
            columns.add(series.column(name));
            separator = ",";
        }
        out.append("\r\n");
        for (int row = 0; row < series.length(); row++) {
            for (int c = 0; c < columns.size(); c++) {
                double v = columns.get(c)[row];
                out.append(c == 0 ? "" : ",").append(Double.isFinite(v) ? Numbers.shortest(v) : "");
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** The name as it is when it is plain ([A-Za-z0-9_.-]*), else in quotes with its quotes doubled. */
    private static String quoted(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '.' || c == '-';
            if (!plain) {
                return "\"" + name.replace("\"", "\"\"") + "\"";
            }
        }
        return name;
    }
}
