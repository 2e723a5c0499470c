package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * every recipe; every parameter of every recipe may be edited.
 */
class RecipeParamsPropertiesIT {
    private static final Duration PER_RECIPE = Duration.ofSeconds(20);

    @Property(tries = 100, seed = "20261201", shrinking = ShrinkingMode.OFF)
    void everyRecipeRendersOrNamesTheBadParameter(@ForAll("oneEditPerRecipe") List<ParamsEdit> edits) {
        for (ParamsEdit edit : edits) {
            assertTimeoutPreemptively(PER_RECIPE, () -> check(edit), () -> edit + " did not finish in " + PER_RECIPE);
        }
    }

    @Provide
    Arbitrary<List<ParamsEdit>> oneEditPerRecipe() {
        List<Arbitrary<ParamsEdit>> perRecipe = RecipeRegistry.all().stream().map(RecipeParamsPropertiesIT::edits)
                .toList();
        return Combinators.combine(perRecipe).as(edits -> edits);
    }

    static Arbitrary<ParamsEdit> edits(Recipe<?> recipe) {
        List<RecordComponent> components = ParamsEdit.editable(recipe);
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
