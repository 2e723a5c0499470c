package org.gradientatlas.review;

import java.util.Comparator;
import java.util.Optional;

/**
 * One changed metric of a figure (its data file's {@code metrics} object), as the JSON wrote it on each side;
 * "(none)" where a side lacks it.
 */
public record MetricChange(String name, String before, String after) {
    private static final String PREFIX = "metrics.";

    /** The number on one side, or null when that side has none or it is not a finite number. */
    public static Double value(String text) {
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** |after − before|, or null when the two sides cannot be compared as numbers (added, removed, text). */
    public Double absoluteChange() {
        Double a = value(before);
        Double b = value(after);
        return a == null || b == null ? null : Math.abs(b - a);
    }

    /**
     * The largest change among a figure's metrics: a metric that cannot be compared as numbers first (it
     * appeared, disappeared or is not a number), then by absolute change, ties by name.
     */
    public static Optional<MetricChange> largest(DataComparison data) {
        if (data == null) {
            return Optional.empty();
        }
        Comparator<MetricChange> bySize = Comparator.comparing(
                (MetricChange m) -> m.absoluteChange() == null ? Double.POSITIVE_INFINITY : m.absoluteChange());
        return data.values().stream()
                .filter(v -> v.name().startsWith(PREFIX))
                .map(v -> new MetricChange(v.name().substring(PREFIX.length()), v.before(), v.after()))
                .min(bySize.reversed().thenComparing(MetricChange::name));
    }
}
