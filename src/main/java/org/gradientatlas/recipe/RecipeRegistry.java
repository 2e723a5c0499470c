package org.gradientatlas.recipe;

import java.util.List;
import java.util.Optional;
import org.gradientatlas.recipe.autograd.GdNonconvexRecipe;
import org.gradientatlas.recipe.autograd.GdQuadraticRecipe;
import org.gradientatlas.recipe.autograd.PerceptronBoundariesRecipe;
import org.gradientatlas.recipe.autograd.PerceptronDatasetRecipe;
import org.gradientatlas.recipe.autograd.PerceptronLandscapeRecipe;
import org.gradientatlas.recipe.landscape.StochasticLandscapeRecipe;
import org.gradientatlas.recipe.lecture.PathologicalCurvatureSurfaceRecipe;
import org.gradientatlas.recipe.lecture.PathologicalCurvatureTrajectoriesRecipe;
import org.gradientatlas.recipe.lecture.SteepOptimaSurfaceRecipe;
import org.gradientatlas.recipe.lecture.SteepOptimaTrajectoriesRecipe;
import org.gradientatlas.recipe.subgd.PerlinGdARecipe;
import org.gradientatlas.recipe.subgd.PerlinGdBRecipe;
import org.gradientatlas.recipe.subgd.PerlinNoisySgdRecipe;
import org.gradientatlas.recipe.subgd.PerlinQuadraticCheckRecipe;
import org.gradientatlas.recipe.subgd.SubgdProjectionRecipe;
import org.gradientatlas.recipe.tango.TangoFig1Recipe;

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
            new SubgdProjectionRecipe(),
            new StochasticLandscapeRecipe(0),
            new StochasticLandscapeRecipe(10),
            new StochasticLandscapeRecipe(50),
            new StochasticLandscapeRecipe(99));

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
