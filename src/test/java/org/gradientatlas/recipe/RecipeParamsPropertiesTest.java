package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gradientatlas.Atlas;
import org.gradientatlas.RenderedFigure;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Bad parameters (NaN, infinities, zero, negative, huge, tiny) for every registered recipe: each edited parameter
 * record either computes a figure that renders to SVG, or is refused with an IllegalArgumentException naming an
 * edited parameter; never another exception, a hang or an out-of-memory. Each try edits one or two parameters of
 * every recipe.
 */
class RecipeParamsPropertiesTest {
    /**
     * Parameters that main's records do not range-check yet ("id.parameter"), found by this property; they keep
     * their defaults here. The range checks come with render --set (branch issue-8-cli): remove entries as they
     * land, and never add a new recipe's parameters here. Why each fails on main: negative rates and a huge
     * initSigma run out of memory drawing the diverged curves; sanityCheckDraws has no upper limit (hangs);
     * maxIters has none either (hangs when another edit keeps the fit from converging); naturalGradientPoints,
     * rmspropAlpha, gridDivisions and the plot ranges are refused with messages that do not name the parameter
     * (from TorchRmsprop, TorchArange, Axis or "the runs span no area"), or run out of memory when huge.
     */
    static final Set<String> WITHOUT_RANGE_CHECKS = Set.of(
            "tango-fig1.sgdRate", "tango-fig1.gamma", "tango-fig1.deltaTime", "tango-fig1.maxIters",
            "tango-fig1.initSigma", "tango-fig1.sanityCheckDraws", "tango-fig1.naturalGradientPoints",
            "pathological-curvature-surface.rmspropAlpha", "pathological-curvature-surface.gridDivisions",
            "pathological-curvature-surface.xMin", "pathological-curvature-surface.xMax",
            "pathological-curvature-surface.yMin", "pathological-curvature-surface.yMax",
            "pathological-curvature-trajectories.learningRate", "pathological-curvature-trajectories.rmspropAlpha",
            "pathological-curvature-trajectories.initW1", "pathological-curvature-trajectories.initW2",
            "pathological-curvature-trajectories.gridDivisions", "pathological-curvature-trajectories.updates",
            "steep-optima-surface.rmspropAlpha", "steep-optima-surface.gridDivisions",
            "steep-optima-surface.xMin", "steep-optima-surface.xMax",
            "steep-optima-surface.yMin", "steep-optima-surface.yMax",
            "steep-optima-trajectories.rmspropAlpha", "steep-optima-trajectories.gridDivisions",
            "steep-optima-trajectories.xMin", "steep-optima-trajectories.xMax",
            "steep-optima-trajectories.yMin", "steep-optima-trajectories.yMax");
    private static final Duration PER_RECIPE = Duration.ofSeconds(20);

    @Property(tries = 30, seed = "20261201", shrinking = ShrinkingMode.OFF)
    void everyRecipeRendersOrNamesTheBadParameter(@ForAll("oneEditPerRecipe") List<ParamsEdit> edits) {
        for (ParamsEdit edit : edits) {
            assertTimeoutPreemptively(PER_RECIPE, () -> check(edit), () -> edit + " did not finish in " + PER_RECIPE);
        }
    }

    @Provide
    Arbitrary<List<ParamsEdit>> oneEditPerRecipe() {
        List<Arbitrary<ParamsEdit>> perRecipe = RecipeRegistry.all().stream().map(RecipeParamsPropertiesTest::edits)
                .toList();
        return Combinators.combine(perRecipe).as(edits -> edits);
    }

    static Arbitrary<ParamsEdit> edits(Recipe<?> recipe) {
        List<RecordComponent> components = ParamsEdit.editable(recipe).stream()
                .filter(c -> !WITHOUT_RANGE_CHECKS.contains(recipe.id() + "." + c.getName())).toList();
        if (components.isEmpty()) {
            return Arbitraries.just(new ParamsEdit(recipe, Map.of()));
        }
        Arbitrary<Map.Entry<String, Object>> one = Arbitraries.of(components).flatMap(c ->
                BadParameterValues.of(recipe, c).map(value -> Map.entry(c.getName(), value)));
        return one.list().ofMinSize(1).ofMaxSize(2).map(entries -> {
            Map<String, Object> values = new LinkedHashMap<>();
            entries.forEach(e -> values.put(e.getKey(), e.getValue()));
            return new ParamsEdit(recipe, values);
        });
    }

    static void check(ParamsEdit edit) {
        try {
            RenderedFigure figure = render(edit.recipe(), edit.params());
            assertThat(figure.svg().stripTrailing()).as(edit.toString()).endsWith("</svg>");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as(edit + " was refused, naming the parameter")
                    .containsAnyOf(edit.values().keySet().toArray(String[]::new));
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable e) {
            fail(edit + " threw " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <P extends Record> RenderedFigure render(Recipe<P> recipe, Record params) {
        return new Atlas().render(recipe, (P) params, recipe.defaultSeed().orElse(0));
    }
}
