package org.gradientatlas.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientatlas.figure.Series;

/**
 * Which row of which data series each point of a drawn line shows, so that hovering a point can tell its step and
 * loss: recipes draw a path from the columns of a series (x from w1, y from w2, maybe only every k-th row or the
 * first k rows), so the line's coordinates are found, in order, as values of two (three for a 3-D line) of the
 * series' columns; or the series keeps every k-th point of a long run that the line draws whole, and then the
 * series' rows are found, in order, among the line's points. A line as long as a series with one coordinate equal
 * to a column (the step on a loss history's x axis) is matched row by row, if just one series fits so.
 *
 * @param rows the series row of each line point, -1 where the point shows none
 */
record SeriesMatch(String series, int[] rows) {

    /** The match of the points kept ({@code keep[i]}); a point that shows a row is always kept. */
    SeriesMatch kept(boolean[] keep) {
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            n += keep[i] || rows[i] >= 0 ? 1 : 0;
        }
        int[] out = new int[n];
        for (int i = 0, k = 0; i < rows.length; i++) {
            if (keep[i] || rows[i] >= 0) {
                out[k++] = rows[i];
            }
        }
        return new SeriesMatch(series, out);
    }

    /** The first series, in the data's order, that the line's coordinates come from, or null if none does. */
    static SeriesMatch find(Map<String, Series> series, double[]... coordinates) {
        for (boolean lineInSeries : new boolean[] {true, false}) {
            for (Map.Entry<String, Series> entry : series.entrySet()) {
                int[] rows = ordered(entry.getValue(), coordinates, lineInSeries);
                if (rows != null) {
                    return new SeriesMatch(entry.getKey(), rows);
                }
            }
        }
        List<String> fitting = series.keySet().stream().filter(name -> rowByRow(series.get(name), coordinates))
                .toList();
        if (fitting.size() != 1) {
            return null;
        }
        int[] rows = new int[coordinates[0].length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = finite(coordinates, i) ? i : -1;
        }
        return new SeriesMatch(fitting.get(0), rows);
    }

    /**
     * The rows, for the first choice of distinct columns (one per coordinate) that holds the line's points in order
     * ({@code lineInSeries}) or whose rows the line holds in order.
     */
    private static int[] ordered(Series series, double[][] coordinates, boolean lineInSeries) {
        List<double[]> columns = new ArrayList<>();
        for (String name : series.names()) {
            columns.add(series.column(name));
        }
        return choose(columns, coordinates, new int[coordinates.length], 0, lineInSeries);
    }

    private static int[] choose(List<double[]> columns, double[][] coordinates, int[] chosen, int depth,
            boolean lineInSeries) {
        if (depth == coordinates.length) {
            return lineInSeries ? rows(columns, coordinates, chosen) : points(columns, coordinates, chosen);
        }
        for (int c = 0; c < columns.size(); c++) {
            if (!contains(chosen, depth, c)) {
                chosen[depth] = c;
                int[] rows = choose(columns, coordinates, chosen, depth + 1, lineInSeries);
                if (rows != null) {
                    return rows;
                }
            }
        }
        return null;
    }

    /** Each finite point's row, the rows increasing; null if some point is in no later row. */
    private static int[] rows(List<double[]> columns, double[][] coordinates, int[] chosen) {
        int n = coordinates[0].length;
        int[] rows = new int[n];
        int row = 0;
        int matched = 0;
        for (int i = 0; i < n; i++) {
            if (!finite(coordinates, i)) {
                rows[i] = -1;
                continue;
            }
            while (row < columns.get(0).length && !sameRow(columns, chosen, row, coordinates, i)) {
                row++;
            }
            if (row == columns.get(0).length) {
                return null;
            }
            rows[i] = row;
            matched++;
        }
        return matched > 0 ? rows : null;
    }

    /** Each series row at the next line point that shows it, -1 at the other points; null if a row is missing. */
    private static int[] points(List<double[]> columns, double[][] coordinates, int[] chosen) {
        int n = coordinates[0].length;
        int length = columns.get(0).length;
        int[] rows = new int[n];
        int row = 0;
        for (int i = 0; i < n; i++) {
            boolean shown = row < length && sameRow(columns, chosen, row, coordinates, i);
            rows[i] = shown ? row++ : -1;
        }
        return row == length && length > 0 ? rows : null;
    }

    private static boolean sameRow(List<double[]> columns, int[] chosen, int row, double[][] coordinates, int i) {
        for (int k = 0; k < chosen.length; k++) {
            if (columns.get(chosen[k])[row] != coordinates[k][i]) {
                return false;
            }
        }
        return true;
    }

    /** The line has one point per row and one of its coordinates equals one of the series' columns. */
    private static boolean rowByRow(Series series, double[][] coordinates) {
        if (series.length() != coordinates[0].length || series.length() == 0) {
            return false;
        }
        for (String name : series.names()) {
            double[] column = series.column(name);
            for (double[] coordinate : coordinates) {
                if (java.util.Arrays.equals(column, coordinate)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean finite(double[][] coordinates, int i) {
        for (double[] c : coordinates) {
            if (!Double.isFinite(c[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] chosen, int length, int value) {
        for (int k = 0; k < length; k++) {
            if (chosen[k] == value) {
                return true;
            }
        }
        return false;
    }
}
