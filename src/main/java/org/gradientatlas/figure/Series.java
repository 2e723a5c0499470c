package org.gradientatlas.figure;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A named table of equal-length numeric columns, in insertion order (e.g. {@code step, mu, sigma}). */
public final class Series {
    private final Map<String, double[]> columns;
    private final int length;

    private Series(Map<String, double[]> columns, int length) {
        this.columns = Collections.unmodifiableMap(columns);
        this.length = length;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int length() {
        return length;
    }

    /** Column names in order. */
    public Iterable<String> names() {
        return columns.keySet();
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    /** A copy of one column. */
    public double[] column(String name) {
        double[] values = columns.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no column '" + name + "'; columns are " + columns.keySet());
        }
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Series that) || !columns.keySet().equals(that.columns.keySet())) {
            return false;
        }
        return columns.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), that.columns.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return columns.keySet().hashCode() * 31 + length;
    }

    /** Collects columns; every column must have the same length. */
    public static final class Builder {
        private final Map<String, double[]> columns = new LinkedHashMap<>();
        private int length = -1;

        public Builder column(String name, double[] values) {
            if (columns.containsKey(name)) {
                throw new IllegalArgumentException("duplicate column '" + name + "'");
            }
            if (length >= 0 && values.length != length) {
                throw new IllegalArgumentException("column '" + name + "' has " + values.length
                        + " values, the others have " + length);
            }
            length = values.length;
            columns.put(name, values.clone());
            return this;
        }

        public Series build() {
            return new Series(new LinkedHashMap<>(columns), Math.max(length, 0));
        }
    }
}
