package org.gradientatlas.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.recipe.Parameters;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.Variant;

/** One figure to make: a recipe with the parameters and seed to run it with. */
public record RenderJob<P extends Record>(Recipe<P> recipe, P params, long seed) {
    public static final long MAX_SEED = Variant.MAX_SEED;

    public RenderJob {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("--seed must be between 0 and " + MAX_SEED + ", got " + seed);
        }
    }

    /** The recipe's defaults and own seed, as the golden figures are made. */
    public static <P extends Record> RenderJob<P> ofDefaults(Recipe<P> recipe) {
        return new RenderJob<>(recipe, recipe.defaultParams(), recipe.defaultSeed().orElse(0));
    }

    /**
     * The recipe with those of the overrides that it has (others are left to the other recipes), and the
     * given seed or, when null, its own.
     */
    public static <P extends Record> RenderJob<P> of(Recipe<P> recipe, Map<String, String> overrides, Long seed) {
        Parameters<P> parameters = recipe.parameters();
        Map<String, String> own = new LinkedHashMap<>();
        overrides.forEach((name, value) -> {
            if (parameters.has(name)) {
                own.put(name, value);
            }
        });
        P params = parameters.apply(recipe.id(), parameters.defaults(), own);
        return new RenderJob<>(recipe, params, seed != null ? seed : recipe.defaultSeed().orElse(0));
    }

    /** Jobs for several recipes; every override must belong to at least one of them. */
    public static List<RenderJob<?>> of(List<Recipe<?>> recipes, Map<String, String> overrides, Long seed) {
        if (recipes.size() == 1) {
            checkAll(recipes.get(0), overrides);
        }
        for (String name : overrides.keySet()) {
            if (recipes.stream().noneMatch(r -> r.parameters().has(name))) {
                throw new IllegalArgumentException("unknown parameter '" + name + "': none of the selected recipes"
                        + " has it; their parameters are: " + String.join("; ", recipes.stream().map(r -> r.id()
                        + ": " + String.join(", ", r.parameters().names())).toList()));
            }
        }
        return recipes.stream().<RenderJob<?>>map(r -> of(r, overrides, seed)).toList();
    }

    /** All overrides must belong to the recipe: the unknown-name error then names the recipe. */
    private static <P extends Record> void checkAll(Recipe<P> recipe, Map<String, String> overrides) {
        Parameters<P> parameters = recipe.parameters();
        parameters.apply(recipe.id(), parameters.defaults(), overrides);
    }

    public String id() {
        return recipe.id();
    }

    /** Every parameter's value, in declaration order. */
    public Map<String, Object> parameterValues() {
        return recipe.parameters().values(params);
    }

    public Figure compute() {
        return recipe.compute(params, seed);
    }
}
