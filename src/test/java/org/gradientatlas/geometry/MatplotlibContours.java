package org.gradientatlas.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gradientatlas.ReferenceCsv;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.geometry.ContourPath;

/** The grid, contour lines and band areas written by tools/reference/marching_squares.py. */
record MatplotlibContours(Grid grid, double[] levels, Map<Integer, List<ContourPath>> paths,
                          Map<Integer, Double> areas) {

    static MatplotlibContours load(String resource) {
        List<String[]> rows = ReferenceCsv.load(resource).rows();
        double[] x = values(rows, "x");
        double[] y = values(rows, "y");
        double[][] z = new double[y.length][x.length];
        rows.stream().filter(r -> r[0].equals("z"))
                .forEach(r -> z[Integer.parseInt(r[1])][Integer.parseInt(r[2])] = number(r[3]));
        Map<Integer, List<ContourPath>> paths = new TreeMap<>();
        Map<Integer, Double> areas = new TreeMap<>();
        List<Double> px = new ArrayList<>();
        List<Double> py = new ArrayList<>();
        String[] open = null;
        for (String[] row : rows) {
            if (row[0].equals("path") || row[0].equals("area")) {
                flush(open, px, py, paths);
                open = row[0].equals("path") ? row : null;
            }
            if (row[0].equals("point")) {
                px.add(Double.parseDouble(row[3]));
                py.add(Double.parseDouble(row[4]));
            } else if (row[0].equals("area")) {
                areas.put(Integer.parseInt(row[1]), Double.parseDouble(row[3]));
            }
        }
        flush(open, px, py, paths);
        return new MatplotlibContours(new Grid(x, y, z), values(rows, "level"), paths, areas);
    }

    List<ContourPath> lines(int level) {
        return paths.getOrDefault(level, List.of());
    }

    double area(int band) {
        return areas.get(band);
    }

    private static void flush(String[] path, List<Double> px, List<Double> py, Map<Integer, List<ContourPath>> out) {
        if (path != null) {
            ContourPath line = new ContourPath(px.stream().mapToDouble(Double::doubleValue).toArray(),
                    py.stream().mapToDouble(Double::doubleValue).toArray(), path[3].equals("1"));
            out.computeIfAbsent(Integer.parseInt(path[1]), k -> new ArrayList<>()).add(line);
        }
        px.clear();
        py.clear();
    }

    /** Python's repr writes NaN as "nan". */
    private static double number(String text) {
        return text.equals("nan") ? Double.NaN : Double.parseDouble(text);
    }

    private static double[] values(List<String[]> rows, String kind) {
        return rows.stream().filter(r -> r[0].equals(kind)).mapToDouble(r -> Double.parseDouble(r[3])).toArray();
    }
}
