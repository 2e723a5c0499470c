package org.gradientatlas.browser;

import java.util.Map;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeCatalog;
import org.gradientatlas.recipe.RecipeRegistry;
import org.teavm.jso.JSExport;

/**
 * What the page's engine (atlas-engine.js) calls in the WebAssembly module TeaVM compiles from this class: text in,
 * JSON text out, so that only strings cross between JavaScript and Java (docs/browser-engine.md). The JVM runs the
 * same methods in tests.
 */
public final class BrowserEngine {
    private BrowserEngine() {
    }

    /** Every recipe with its parameters (name, kind, default as --set text) and its seed: {@link RecipeCatalog}. */
    @JSExport
    public static String catalog() {
        return RecipeCatalog.json();
    }

    /**
     * The figure {@code id} with the parameters {@code parametersJson} (a JSON object of texts, as {@code render
     * --set} takes them; missing ones keep their defaults) and the seed {@code seedText} (empty: the recipe's own).
     *
     * @return the figure's data file, CSV files, command line and scene ({@link ComputedFigureJson}), or
     *         {@code {"error": "<one line>"}} when the input is bad (the message {@code render} gives, also for
     *         ranges a recipe checks while computing); any other failure in the recipe is thrown, not returned
     */
    @JSExport
    public static String compute(String id, String parametersJson, String seedText) {
        Figure figure;
        try {
            figure = Job.of(id, TextObjectJson.parse(parametersJson), seedText).compute();
        } catch (IllegalArgumentException e) {
            // bad input found while computing (e.g. an optimizer's step count) is the user's, as render reports it
            return "{\"error\": " + JsonString.quote(e.getMessage()) + "}";
        }
        return ComputedFigureJson.of(figure);
    }

    /** A recipe with checked parameters and seed. */
    private record Job<P extends Record>(Recipe<P> recipe, P params, long seed) {
        static Job<?> of(String id, Map<String, String> overrides, String seedText) {
            Recipe<?> recipe = RecipeRegistry.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "unknown figure '" + id + "'; the figures are: " + String.join(", ", RecipeRegistry.ids())));
            return of(recipe, overrides, SeedText.parse(seedText, recipe));
        }

        private static <P extends Record> Job<P> of(Recipe<P> recipe, Map<String, String> overrides, long seed) {
            return new Job<>(recipe, recipe.parameters().apply(recipe.id(), recipe.defaultParams(), overrides), seed);
        }

        Figure compute() {
            return recipe.compute(params, seed);
        }
    }
}
