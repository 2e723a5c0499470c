package org.gradientatlas.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.figure.FigureData;

/**
 * The template model of the stochastic-landscape slider page. The page computes each sample's figure in the
 * browser with the recipe itself (atlas-engine.js: the first figure's recipe with {@code sample=k}) and draws its
 * scene (atlas-figure.js), so it ships no numbers of its own; without JavaScript it shows the first figure's SVG.
 */
final class StochasticLandscapePage {
    static final String DIRECTORY = "stochastic-landscape";
    private static final String FIGURE_PREFIX = "stochastic-landscape-k";

    private StochasticLandscapePage() {
    }

    /**
     * The page's address seen from a figure page, opened at that figure's sample ({@code ?k=}: a query, not an
     * anchor, as the site's link check wants anchors to exist), if the figure is one of ours.
     */
    static Optional<String> linkFrom(FigureData figure) {
        return figure.id().startsWith(FIGURE_PREFIX)
                ? Optional.of("../" + DIRECTORY + "/index.html?k=" + figure.params().get("sample")) : Optional.empty();
    }

    /** The page's model, made from the first stochastic-landscape figure (they all hold the same data and path). */
    static Optional<Map<String, Object>> model(List<RenderedFigure> figures) {
        List<FigureData> ours = figures.stream().map(RenderedFigure::data)
                .filter(d -> d.id().startsWith(FIGURE_PREFIX)).toList();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = model(ours.get(0));
        model.put("figures", ours.stream().map(d -> Map.of("id", d.id(), "sample", d.params().get("sample")))
                .toList());
        return Optional.of(model);
    }

    static Map<String, Object> model(FigureData figure) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("source", figure.source());
        model.put("samples", figure.series().get("data").length());
        model.put("initial", figure.params().get("sample"));
        model.put("recipe", figure.id());
        return model;
    }
}
