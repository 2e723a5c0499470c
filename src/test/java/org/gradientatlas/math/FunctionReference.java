package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gradientatlas.ReferenceCsv;

/**
 * The reference values of one function (reference/correctly-rounded-NAME.csv, made by
 * tools/reference/correctly_rounded_functions.py): rows of category, x, y (empty for one argument) and the
 * correctly rounded value, compared bit for bit.
 */
record FunctionReference(String name, List<Row> rows) {
    record Row(String category, double x, double y, double value) {
        @Override
        public String toString() {
            return category + " (" + Double.toHexString(x) + ", " + Double.toHexString(y) + ") -> "
                    + Double.toHexString(value);
        }
    }

    static FunctionReference load(String name) {
        ReferenceCsv csv = ReferenceCsv.load("/reference/correctly-rounded-" + name + ".csv");
        int category = csv.column("category");
        int x = csv.column("x");
        int y = csv.column("y");
        int value = csv.column("value");
        List<Row> rows = new ArrayList<>();
        for (String[] r : csv.rows()) {
            rows.add(new Row(r[category], Double.parseDouble(r[x]), r[y].isEmpty() ? Double.NaN
                    : Double.parseDouble(r[y]), Double.parseDouble(r[value])));
        }
        return new FunctionReference(name, List.copyOf(rows));
    }

    /** Checks f(x, y) on the rows that pass the filter, bit for bit; returns how many were checked. */
    int assertMatches(Predicate<Row> filter, DoubleBinaryOperator f) {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : rows) {
            if (filter.test(row)) {
                double actual = f.applyAsDouble(row.x(), row.y());
                if (Double.doubleToLongBits(actual) != Double.doubleToLongBits(row.value())) {
                    wrong.add(row + " but got " + Double.toHexString(actual));
                }
                checked++;
            }
        }
        assertThat(wrong).as("%s: wrong on %d of %d rows", name, wrong.size(), checked).isEmpty();
        return checked;
    }

    int assertMatches(DoubleBinaryOperator f) {
        return assertMatches(row -> true, f);
    }

    Map<String, Long> categories() {
        return rows.stream().collect(Collectors.groupingBy(Row::category, TreeMap::new, Collectors.counting()));
    }

    /** Every non-random row, and every tenth random one: for the slower BigDecimal paths. */
    static Predicate<Row> sample() {
        int[] seen = {0};
        return row -> !row.category().startsWith("random") || seen[0]++ % 10 == 0;
    }
}
