package org.gradientatlas.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.citation.Citation;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.figure.Series;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;

/** The template model of one figure: plain maps of strings, numbers formatted here, locale-free. */
final class FigurePageModel {
    private FigurePageModel() {
    }

    static Map<String, Object> of(RenderedFigure figure, List<Map<String, String>> downloads,
                                  BuildProvenance provenance) {
        FigureData data = figure.data();
        SourceGroups.Group group = SourceGroups.of(data);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", data.id());
        model.put("title", data.title());
        model.put("caption", data.caption());
        model.put("summary", summary(data.caption()));
        model.put("source", data.source());
        model.put("group", group.title());
        model.put("groupSlug", group.slug());
        model.put("groupReference", group.citation().map(Citation::reference).orElse(""));
        model.put("seed", data.seed() == null ? "none" : Long.toString(data.seed()));
        model.put("params", params(data));
        model.put("metrics", rows(data.metrics()));
        model.put("series", series(data));
        model.put("downloads", downloads);
        model.put("thumbnail", FigureDownloads.thumbnail(data.id()));
        model.put("command", command(data));
        model.put("interactive", StochasticLandscapePage.linkFrom(data).orElse(""));
        model.put("bibtex", group.citation().map(Citation::bibtex).orElse(""));
        model.put("bibHref", group.citation().isPresent() ? FigureDownloads.workBib(data.id()) : "");
        Citation self = FigureDownloads.figureCitation(data, provenance);
        model.put("cite", self.reference());
        model.put("citeBibtex", self.bibtex());
        model.put("citeBibHref", FigureDownloads.figureBib(data.id()));
        return model;
    }

    /** The caption's first sentence, for the gallery (at most about 200 characters). */
    static String summary(String caption) {
        int end = caption.indexOf(". ");
        String first = end < 0 ? caption : caption.substring(0, end + 1);
        return first.length() <= 200 ? first : first.substring(0, first.lastIndexOf(' ', 197)) + " …";
    }

    /** Each parameter with the value used and the recipe's default (empty when the recipe is not registered). */
    private static List<Map<String, String>> params(FigureData data) {
        Map<String, Object> defaults = defaults(data.id());
        List<Map<String, String>> rows = new ArrayList<>();
        data.params().forEach((name, value) -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("name", name);
            row.put("value", text(value));
            row.put("default", defaults.containsKey(name) ? text(defaults.get(name)) : "");
            row.put("changed", defaults.containsKey(name) && !Objects.equals(defaults.get(name), value) ? "yes" : "");
            rows.add(row);
        });
        return rows;
    }

    private static Map<String, Object> defaults(String id) {
        return RecipeRegistry.find(id).<Map<String, Object>>map(FigurePageModel::defaultValues)
                .orElse(Map.of());
    }

    private static <P extends Record> Map<String, Object> defaultValues(Recipe<P> recipe) {
        Parameters<P> parameters = recipe.parameters();
        return parameters.values(parameters.defaults());
    }

    /** The command that regenerates exactly this figure: the seed, and every parameter that differs from its default. */
    private static String command(FigureData data) {
        StringBuilder command = new StringBuilder("java -jar target/gradient-atlas.jar render " + data.id());
        if (data.seed() != null) {
            command.append(" --seed ").append(data.seed());
        }
        Map<String, Object> defaults = defaults(data.id());
        data.params().forEach((name, value) -> {
            if (defaults.containsKey(name) && !Objects.equals(defaults.get(name), value)) {
                command.append(" --set ").append(name).append('=').append(text(value));
            }
        });
        return command.toString();
    }

    private static List<Map<String, String>> series(FigureData data) {
        List<Map<String, String>> rows = new ArrayList<>();
        data.series().forEach((name, s) -> rows.add(Map.of("name", name, "columns", columns(s),
                "rows", Integer.toString(s.length()), "csv", data.id() + "-" + name + ".csv")));
        return rows;
    }

    private static String columns(Series s) {
        return String.join(", ", s.names());
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
