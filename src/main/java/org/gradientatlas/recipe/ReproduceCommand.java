package org.gradientatlas.recipe;

import java.util.Map;
import java.util.Objects;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Numbers;

/**
 * The command line that renders exactly a computed figure on the JVM: its seed (for a recipe that takes one; the
 * others draw any noise with seed 0), and every parameter that differs
 * from the recipe's default, as {@code --set name=value} in the parameters' order. The figure page shows it for the
 * default figure and the browser (docs/site.md) for the variant the reader made, from this one rule.
 */
public final class ReproduceCommand {
    /** How the README and the pages start the program. */
    public static final String PROGRAM = "java -jar target/gradient-atlas.jar";

    private ReproduceCommand() {
    }

    public static String of(FigureData data) {
        StringBuilder command = new StringBuilder(PROGRAM).append(" render ").append(data.id());
        if (data.seed() != null && seeded(data.id())) {
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

    /** Whether the recipe takes {@code --seed}: render refuses it for recipes without a seed of their own. */
    private static boolean seeded(String id) {
        return RecipeRegistry.find(id).map(r -> r.defaultSeed().isPresent()).orElse(true);
    }

    /** The recipe's default parameters (none when the id is not registered). */
    public static Map<String, Object> defaults(String id) {
        return RecipeRegistry.find(id).<Map<String, Object>>map(ReproduceCommand::defaultValues).orElse(Map.of());
    }

    private static <P extends Record> Map<String, Object> defaultValues(Recipe<P> recipe) {
        Parameters<P> parameters = recipe.parameters();
        return parameters.values(parameters.defaults());
    }

    /** A parameter's value as {@code --set} takes it and the data file writes it (shortest decimal). */
    public static String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return Numbers.shortest(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }
}
