package org.gradientatlas.recipe;

import java.util.List;
import java.util.Optional;

/** Every figure Gradient Atlas makes, listed explicitly in a fixed order (no classpath scanning). */
public final class RecipeRegistry {
    private static final List<Recipe<?>> RECIPES = List.of(
            new TangoFig1Recipe(),
            new PathologicalCurvatureSurfaceRecipe(),
            new PathologicalCurvatureTrajectoriesRecipe(),
            new SteepOptimaSurfaceRecipe(),
            new SteepOptimaTrajectoriesRecipe(),
            new GdQuadraticRecipe(),
            new GdNonconvexRecipe(),
            new PerceptronDatasetRecipe(),
            new PerceptronBoundariesRecipe(),
            new PerceptronLandscapeRecipe(),
            new PerlinQuadraticCheckRecipe(),
            new PerlinGdARecipe(),
            new PerlinGdBRecipe(),
            new PerlinNoisySgdRecipe(),
            new SubgdProjectionRecipe());

    private RecipeRegistry() {
    }

    public static List<Recipe<?>> all() {
        return RECIPES;
    }

    public static Optional<Recipe<?>> find(String id) {
        return RECIPES.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return RECIPES.stream().map(Recipe::id).toList();
    }
}
