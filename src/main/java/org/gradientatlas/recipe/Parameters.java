package org.gradientatlas.recipe;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A recipe's parameters without reflection, for {@code render --set}, {@code list}, the data file's "params" and
 * the browser alike. The record declares them once, in a static method that calls its canonical constructor:
 * <pre>{@code
 * static Params from(ParameterSource<Params> p) {
 *     return new Params(p.number("learningRate", Params::learningRate), p.integer("updates", Params::updates));
 * }
 * }</pre>
 * and the recipe returns {@code Parameters.of(defaultParams(), Params::from)}. {@code RecipeParametersTest} checks
 * every recipe's description against the record's components by reflection on the JVM (docs/adding-a-recipe.md).
 *
 * @param <P> the parameter record
 */
public final class Parameters<P extends Record> {
    private final P defaults;
    private final Function<ParameterSource<P>, P> builder;
    private final List<Parameter<P>> list;

    private Parameters(P defaults, Function<ParameterSource<P>, P> builder) {
        this.defaults = defaults;
        this.builder = builder;
        ParameterSource<P> source = new ParameterSource<>(defaults, Map.of());
        if (!builder.apply(source).equals(defaults)) {
            throw new IllegalStateException("the parameter description of " + defaults.getClass().getSimpleName()
                    + " does not rebuild its defaults: a reader or an argument is in the wrong place");
        }
        this.list = source.described();
    }

    /** The parameters that {@code builder} describes, with the recipe's defaults. */
    public static <P extends Record> Parameters<P> of(P defaults, Function<ParameterSource<P>, P> builder) {
        return new Parameters<>(defaults, builder);
    }

    /** In declaration order. */
    public List<Parameter<P>> list() {
        return list;
    }

    public List<String> names() {
        return list.stream().map(Parameter::name).toList();
    }

    public boolean has(String name) {
        return list.stream().anyMatch(p -> p.name().equals(name));
    }

    public P defaults() {
        return defaults;
    }

    /** Every parameter's value in {@code params}, in declaration order: the data file's "params". */
    public Map<String, Object> values(P params) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter<P> parameter : list) {
            values.put(parameter.name(), parameter.value(params));
        }
        return values;
    }

    /**
     * {@code base} with the given values, as text ({@code --set name=value}), replaced. The record's canonical
     * constructor then checks the ranges.
     *
     * @throws IllegalArgumentException one line naming the parameter: an unknown name (listing the valid ones), a
     *                                  value of the wrong kind (saying the kind), or one the record rejects
     */
    public P apply(String recipeId, P base, Map<String, String> overrides) {
        for (String name : overrides.keySet()) {
            if (!has(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' for " + recipeId
                        + "; its parameters are: " + String.join(", ", names()));
            }
        }
        Map<String, Object> given = new HashMap<>();
        for (Parameter<P> parameter : list) {
            String text = overrides.get(parameter.name());
            if (text != null) {
                given.put(parameter.name(), parameter.parse(text));
            }
        }
        return builder.apply(new ParameterSource<>(base, given));
    }
}
