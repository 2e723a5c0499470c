package org.gradientatlas.review;

import java.util.List;

/** Figure changes as diff finds them, made by hand so that the summaries' tests choose every number. */
final class SummaryChanges {
    private SummaryChanges() {
    }

    static FigureChange changed(String id, double rms, double share, DataComparison.ValueChange... values) {
        FigureFiles files = new FigureFiles(id, new byte[0], new byte[0]);
        return new FigureChange(id, FigureChange.Kind.CHANGED, files, files,
                new ImageComparison(rms, share, null, null, null), new DataComparison(List.of(values), List.of()));
    }

    static FigureChange of(String id, FigureChange.Kind kind) {
        FigureFiles files = new FigureFiles(id, new byte[0], new byte[0]);
        return new FigureChange(id, kind, files, files, null, null);
    }

    static DataComparison.ValueChange value(String name, String before, String after) {
        return new DataComparison.ValueChange(name, before, after);
    }
}
