package org.gradientatlas.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.plot.Colormap;
import org.gradientatlas.geometry.ContourLevels;
import org.gradientatlas.plot.FilledContourAnnotation;
import org.gradientatlas.recipe.landscape.StochasticLandscape;

/**
 * The template model of the stochastic-landscape slider page: the 100 samples, the SGD path and, for every sample
 * and for the empirical risk, the contourf levels and band colours of the static figures (computed with the recipe's
 * own numerics). The page evaluates the losses per pixel in JavaScript (one sample's loss is a handful of
 * operations), so it ships no grids.
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
        model.put("dataJson", json(figure));
        return model;
    }

    /** The page's data as JSON: numbers as shortest decimals, colours as #rrggbb; nothing that needs escaping. */
    static String json(FigureData figure) {
        double[] x = figure.series().get("data").column("x");
        double[] y = figure.series().get("data").column("y");
        Grid risk = figure.grids().get("empiricalRisk");
        double[] w1 = risk.x();
        StringBuilder json = new StringBuilder("{");
        field(json, "min", Numbers.shortest(w1[0])).append(',');
        field(json, "max", Numbers.shortest(w1[w1.length - 1])).append(',');
        field(json, "arrowScale", Numbers.shortest(((Number) figure.params().get("arrowScale")).doubleValue()));
        for (String column : List.of("x", "y")) {
            field(json.append(','), column, numbers(figure.series().get("data").column(column)));
        }
        for (String column : List.of("w1", "w2", "g1", "g2")) {
            field(json.append(','), column, numbers(figure.series().get("sgd").column(column)));
        }
        double[] riskLevels = ContourLevels.filled(StochasticLandscape.log(risk));
        field(json.append(','), "riskLevels", numbers(riskLevels));
        field(json.append(','), "riskColors", colours(riskLevels));
        StringBuilder levels = new StringBuilder("[");
        StringBuilder colours = new StringBuilder("[");
        for (int k = 0; k < x.length; k++) {
            double[] sampleLevels = ContourLevels.filled(StochasticLandscape.log(
                    StochasticLandscape.sampleLoss(x[k], y[k], risk.x(), risk.y())));
            levels.append(k == 0 ? "" : ",").append(numbers(sampleLevels));
            colours.append(k == 0 ? "" : ",").append(colours(sampleLevels));
        }
        field(json.append(','), "sampleLevels", levels.append(']').toString());
        field(json.append(','), "sampleColors", colours.append(']').toString());
        return json.append('}').toString();
    }

    private static String colours(double[] levels) {
        StringBuilder text = new StringBuilder("[");
        for (int band = 0; band + 1 < levels.length; band++) {
            int rgb = Colormap.VIRIDIS.argb(FilledContourAnnotation.colourPosition(levels, band)) & 0xffffff;
            text.append(band == 0 ? "\"#" : ",\"#").append(String.format(java.util.Locale.ROOT, "%06x", rgb))
                    .append('"');
        }
        return text.append(']').toString();
    }

    private static String numbers(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(Double.isFinite(values[i]) ? Numbers.shortest(values[i]) : "null");
        }
        return text.append(']').toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        return json.append('"').append(name).append("\":").append(value);
    }
}
