package org.gradientatlas.scene;

import java.util.LinkedHashSet;
import java.util.Set;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Series;

/**
 * What the panels of one scene refer to and the scene writes once, after them: the colormaps they use and the data
 * series their lines' points come from, each in the order first used.
 */
final class SceneParts {
    private final FigureData data;
    private final Set<String> colormaps = new LinkedHashSet<>();
    private final Set<String> series = new LinkedHashSet<>();

    SceneParts(FigureData data) {
        this.data = data;
    }

    /** The colormap's table, noted for the scene. */
    ColormapTable colormap(String name) {
        ColormapTable table = ColormapTable.named(name);
        colormaps.add(name);
        return table;
    }

    /** The series a line's points come from, noted for the scene, or null ({@link SeriesMatch}). */
    SeriesMatch match(double[]... coordinates) {
        SeriesMatch match = SeriesMatch.find(data.series(), coordinates);
        if (match != null) {
            series.add(match.series());
        }
        return match;
    }

    /** {@code "colormaps": {name: table}, "series": {name: {column: values}}}. */
    void write(JsonBuilder json) {
        json.key("colormaps").beginObject();
        for (String name : colormaps) {
            json.key(name).value(ColormapTable.named(name).hex());
        }
        json.endObject().key("series").beginObject();
        for (String name : series) {
            Series table = data.series().get(name);
            json.key(name).beginObject();
            for (String column : table.names()) {
                json.key(column).numbers(table.column(column));
            }
            json.endObject();
        }
        json.endObject();
    }
}
