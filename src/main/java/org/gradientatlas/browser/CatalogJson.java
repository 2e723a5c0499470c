package org.gradientatlas.browser;

import java.util.List;
import java.util.Map;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecordParameters;

/**
 * The recipes as the page needs them to build its controls, in the registry's order:
 * <pre>{"recipes": [{"id": "gd-1d-quadratic", "title": "...", "source": "...", "seed": null,
 *   "parameters": [{"name": "epochs", "type": "integer", "value": "100"}, ...]}, ...]}</pre>
 * A value is the text {@code list --params} prints and {@code --set} takes; {@code seed} is the recipe's own seed,
 * or null when it draws no random numbers; {@code type} is "number" (a double), "integer" (an int or a long) or "boolean" ("true" or "false").
 */
final class CatalogJson {
    private CatalogJson() {
    }

    static String of(List<Recipe<?>> recipes) {
        StringBuilder out = new StringBuilder("{\"recipes\": [");
        for (int i = 0; i < recipes.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            recipe(out, recipes.get(i));
        }
        return out.append("\n]}\n").toString();
    }

    private static void recipe(StringBuilder out, Recipe<?> recipe) {
        out.append("{\"id\": ").append(JsonString.quote(recipe.id()))
                .append(", \"title\": ").append(JsonString.quote(recipe.title()))
                .append(", \"source\": ").append(JsonString.quote(recipe.source()))
                .append(", \"seed\": ").append(recipe.defaultSeed().isPresent()
                        ? Long.toString(recipe.defaultSeed().getAsLong()) : "null")
                .append(", \"parameters\": [");
        String separator = "";
        for (Map.Entry<String, Object> parameter : RecordParameters.asMap(recipe.defaultParams()).entrySet()) {
            Object value = parameter.getValue();
            out.append(separator).append("{\"name\": ").append(JsonString.quote(parameter.getKey()))
                    .append(", \"type\": ").append(JsonString.quote(typeOf(parameter.getKey(), value)))
                    .append(", \"value\": ").append(JsonString.quote(value instanceof Double d ? Numbers.shortest(d)
                            : String.valueOf(value))).append('}');
            separator = ", ";
        }
        out.append("]}");
    }

    private static String typeOf(String name, Object value) {
        if (value instanceof Double) {
            return "number";
        }
        if (value instanceof Integer || value instanceof Long) {
            return "integer";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        throw new IllegalStateException("parameter " + name + " has a type the page has no control for: " + value);
    }
}
