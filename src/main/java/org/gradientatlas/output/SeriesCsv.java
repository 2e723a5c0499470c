package org.gradientatlas.output;

import org.gradientatlas.figure.Numbers;
import org.gradientatlas.figure.Series;

/**
 * One series as CSV (RFC 4180): a header of column names, then one row per point; numbers as the data file writes
 * them (shortest round-trip decimal, locale-free), NaN and infinities as empty fields.
 */
public final class SeriesCsv {
    private SeriesCsv() {
    }

    public static String write(Series series) {
        StringBuilder out = new StringBuilder();
        java.util.List<double[]> columns = new java.util.ArrayList<>();
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

    private static String quoted(String name) {
        return name.matches("[A-Za-z0-9_.-]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
