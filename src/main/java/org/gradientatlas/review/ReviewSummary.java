package org.gradientatlas.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code diff} found, for machines and reviewers: both sides, counts by status, a row per changed, added
 * or removed figure (in the review page's order), the unchanged ids, and the review page's address as seen from
 * the file the summary is written to.
 */
public record ReviewSummary(String before, String after, String pageLink, Map<FigureChange.Kind, Integer> counts,
                            List<SummaryRow> rows, List<String> unchanged) {

    public static ReviewSummary of(String before, String after, List<FigureChange> changes, String pageLink) {
        Map<FigureChange.Kind, Integer> counts = new EnumMap<>(FigureChange.Kind.class);
        for (FigureChange.Kind kind : FigureChange.Kind.values()) {
            counts.put(kind, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        List<SummaryRow> rows = changes.stream().filter(c -> c.kind() != FigureChange.Kind.UNCHANGED)
                .map(c -> SummaryRow.of(c, pageLink)).toList();
        List<String> unchanged = changes.stream().filter(c -> c.kind() == FigureChange.Kind.UNCHANGED)
                .map(FigureChange::id).toList();
        return new ReviewSummary(before, after, pageLink, Map.copyOf(counts), rows, unchanged);
    }

    /** "1 changed, 0 added, 0 removed, 18 unchanged". */
    public String countsText() {
        StringBuilder text = new StringBuilder();
        for (FigureChange.Kind kind : FigureChange.Kind.values()) {
            text.append(text.length() == 0 ? "" : ", ").append(counts.get(kind)).append(' ')
                    .append(kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        return text.toString();
    }
}
