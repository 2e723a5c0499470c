package org.gradientatlas.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Numbers;

/** The template model of one figure: plain maps of strings, numbers formatted here, locale-free. */
final class FigurePageModel {
    private FigurePageModel() {
    }

    static Map<String, Object> of(RenderedFigure figure) {
        FigureData data = figure.data();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", data.id());
        model.put("title", data.title());
        model.put("caption", data.caption());
        model.put("source", data.source());
        model.put("seed", data.seed() == null ? "none" : Long.toString(data.seed()));
        model.put("params", rows(data.params()));
        model.put("metrics", rows(data.metrics()));
        model.put("series", List.copyOf(data.series().keySet()));
        model.put("interactive", StochasticLandscapePage.linkFrom(data).orElse(""));
        return model;
    }

    private static List<Map<String, String>> rows(Map<String, ?> values) {
        List<Map<String, String>> rows = new ArrayList<>();
        values.forEach((name, value) -> rows.add(Map.of("name", name, "value", text(value))));
        return rows;
    }

    private static String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return Numbers.shortest(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }
}
