package org.gradientatlas.recipe;

import java.util.List;
import org.gradientatlas.text.JsonWriter;

/**
 * Every recipe as the browser's controls need it, as JSON: id, title, default seed (null when the recipe draws no
 * random numbers by default; a seed then only matters for parameters that add noise, and 0 is used), and each
 * parameter's name, kind ("integer", "number", "boolean" or "choice" with its "choices") and default, written as the
 * text {@code render --set} accepts.
 */
public final class RecipeCatalog {
    private RecipeCatalog() {
    }

    /** The catalog of the registered recipes. */
    public static String json() {
        return json(RecipeRegistry.all());
    }

    public static String json(List<Recipe<?>> recipes) {
        JsonWriter json = new JsonWriter(true).startObject().name("recipes").startArray();
        for (Recipe<?> recipe : recipes) {
            json.startObject();
            json.name("id").string(recipe.id());
            json.name("title").string(recipe.title());
            json.name("seed");
            if (recipe.defaultSeed().isPresent()) {
                json.number(recipe.defaultSeed().getAsLong());
            } else {
                json.nullValue();
            }
            writeParameters(json.name("parameters"), recipe.parameters());
            json.endObject();
        }
        return json.endArray().endObject().text();
    }

    private static <P extends Record> void writeParameters(JsonWriter json, Parameters<P> parameters) {
        json.startArray();
        for (Parameter<P> parameter : parameters.list()) {
            json.startObject();
            json.name("name").string(parameter.name());
            json.name("kind").string(parameter.kind().text());
            if (parameter.kind() == ParameterKind.CHOICE) {
                json.name("choices").startArray();
                parameter.choices().forEach(json::string);
                json.endArray();
            }
            json.name("default").string(parameter.text(parameters.defaults()));
            json.endObject();
        }
        json.endArray();
    }
}
