package org.gradientatlas.figure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers behind one figure, exactly what {@code figures/<id>.json} holds, in the contract's key order:
 * id, title, caption, source, seed, params, metrics, series, grids.
 *
 * @param seed   the random seed used, or null when the recipe draws no random numbers
 * @param params every parameter of the recipe with the value used, in declaration order
 */
public record FigureData(String id, String title, String caption, String source, Long seed,
                         Map<String, Object> params, Map<String, Number> metrics,
                         Map<String, Series> series, Map<String, Grid> grids) {

    public FigureData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(source, "source");
        params = frozen(params);
        metrics = frozen(metrics);
        series = frozen(series);
        grids = frozen(grids);
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
