package org.gradientatlas.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Compares two sets of figures: bytes first, and only changed figures are rasterized and parsed. */
public final class FigureDiff {
    private FigureDiff() {
    }

    /** Every figure of either side; changed, added and removed first, then unchanged, each by id. */
    public static List<FigureChange> compare(FigureSource before, FigureSource after) throws IOException {
        SortedSet<String> ids = new TreeSet<>(before.ids());
        ids.addAll(after.ids());
        List<FigureChange> changes = new ArrayList<>();
        for (String id : ids) {
            changes.add(compare(id, before.read(id), after.read(id)));
        }
        changes.sort(Comparator.comparing((FigureChange c) -> c.kind() == FigureChange.Kind.UNCHANGED)
                .thenComparing(FigureChange::id));
        return changes;
    }

    public static FigureChange compare(String id, FigureFiles before, FigureFiles after) {
        for (FigureFiles side : java.util.List.of(before, after)) {
            if (side.json() != null) {
                String name = side == before ? "before" : "after";
                named(id + ".json", () -> {
                    DataComparison.requireFigure(side.json(), name, id);
                    return null;
                });
            }
        }
        boolean hadIt = before.svg() != null || before.json() != null;
        boolean hasIt = after.svg() != null || after.json() != null;
        if (!hadIt) {
            return new FigureChange(id, FigureChange.Kind.ADDED, before, after, null, null);
        }
        if (!hasIt) {
            return new FigureChange(id, FigureChange.Kind.REMOVED, before, after, null, null);
        }
        if (before.sameBytes(after)) {
            return new FigureChange(id, FigureChange.Kind.UNCHANGED, before, after, null, null);
        }
        // The data first: a broken JSON file is reported without rasterizing anything.
        DataComparison data = named(id + ".json", () -> DataComparison.of(before.json(), after.json()));
        ImageComparison image = before.svg() != null && after.svg() != null
                ? named(id + ".svg", () -> ImageComparison.ofSvg(checked(before, "before"), checked(after, "after")))
                : null;
        return new FigureChange(id, FigureChange.Kind.CHANGED, before, after, image, data);
    }

    private static String checked(FigureFiles files, String side) {
        String svg = files.svgText();
        if (!svg.contains("<svg")) {
            throw new IllegalArgumentException("the " + side + " " + files.id() + ".svg is not an SVG file");
        }
        return svg;
    }

    /** Bad input named by its file: "curve.json: the after data file is not valid JSON: ...". */
    private static <T> T named(String file, java.util.function.Supplier<T> comparison) {
        try {
            return comparison.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw message.contains(file) ? e : new IllegalArgumentException(file + ": " + message, e);
        }
    }

    public static boolean anyDifference(List<FigureChange> changes) {
        return changes.stream().anyMatch(c -> c.kind() != FigureChange.Kind.UNCHANGED);
    }
}
