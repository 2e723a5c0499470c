package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every recipe's reflection-free parameter description ({@code Params.from}) against its record, by reflection (which
 * the browser does not have): the same components in the same order with the matching kinds, each one read by the
 * right accessor and passed to the right constructor argument. Fails when a component is added and not described.
 */
class RecipeParametersTest {

    @Test
    void everyRecipeDescribesEveryComponentOfItsRecordInOrder() {
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            RecordComponent[] components = recipe.defaultParams().getClass().getRecordComponents();
            List<? extends Parameter<?>> list = recipe.parameters().list();
            assertThat(recipe.parameters().names()).as(recipe.id())
                    .containsExactly(Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new));
            for (int i = 0; i < components.length; i++) {
                assertThat(list.get(i).kind()).as(recipe.id() + " " + components[i].getName())
                        .isEqualTo(kindOf(components[i].getType()));
            }
        }
    }

    @Test
    void everyComponentIsReadByItsOwnAccessorAndBuiltIntoItsOwnArgument() throws Exception {
        int changed = 0;
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            changed += checkEachComponent(recipe);
        }
        assertThat(changed).isEqualTo(RecipeRegistry.all().stream()
                .mapToInt(r -> r.defaultParams().getClass().getRecordComponents().length).sum());
    }

    /** For each component, a record with only that one changed: read and rebuilt as reflection sees it. */
    private static <P extends Record> int checkEachComponent(Recipe<P> recipe) throws Exception {
        Parameters<P> parameters = recipe.parameters();
        P defaults = recipe.defaultParams();
        assertThat(parameters.values(defaults)).as(recipe.id()).isEqualTo(ReflectedRecord.values(defaults));
        int changed = 0;
        for (RecordComponent component : defaults.getClass().getRecordComponents()) {
            Optional<P> other = otherValidRecord(defaults, component);
            assertThat(other).as("%s: no valid value of %s other than its default to check it with", recipe.id(),
                    component.getName()).isPresent();
            P edited = other.get();
            assertThat(parameters.values(edited)).as(recipe.id() + " " + component.getName())
                    .isEqualTo(ReflectedRecord.values(edited));
            Parameter<P> parameter = parameters.list().stream().filter(p -> p.name().equals(component.getName()))
                    .findFirst().orElseThrow();
            P rebuilt = parameters.apply(recipe.id(), defaults, Map.of(parameter.name(), parameter.text(edited)));
            assertThat(rebuilt).as(recipe.id() + " --set " + parameter.name()).isEqualTo(edited);
            changed++;
        }
        return changed;
    }

    /** The defaults with one component changed to a nearby value that the record accepts, if there is one. */
    private static <P extends Record> Optional<P> otherValidRecord(P defaults, RecordComponent component)
            throws Exception {
        Object value = component.getAccessor().invoke(defaults);
        for (Object candidate : candidates(value)) {
            if (candidate.equals(value)) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>(ReflectedRecord.values(defaults));
            values.put(component.getName(), candidate);
            try {
                return Optional.of(ReflectedRecord.build(defaults, values));
            } catch (IllegalArgumentException refused) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    private static List<Object> candidates(Object value) {
        List<Object> candidates = new ArrayList<>();
        if (value instanceof Double d) {
            for (double c : new double[] {d + 0.5, d - 0.5, d * 1.5, d / 2, d + 1e-3, d - 1e-3, d * 1.01, 0.3, -0.3}) {
                candidates.add(c);
            }
        } else if (value instanceof Integer i) {
            for (int c : new int[] {i + 1, i - 1, i * 2, i / 2, 2, 3}) {
                candidates.add(c);
            }
        } else if (value instanceof Boolean b) {
            candidates.add(!b);
        } else if (value instanceof Enum<?> e) {
            candidates.addAll(Arrays.asList(e.getDeclaringClass().getEnumConstants()));
        }
        return candidates;
    }

    private static ParameterKind kindOf(Class<?> type) {
        if (type == double.class) {
            return ParameterKind.NUMBER;
        }
        if (type == int.class) {
            return ParameterKind.INTEGER;
        }
        if (type == boolean.class) {
            return ParameterKind.BOOLEAN;
        }
        if (type.isEnum()) {
            return ParameterKind.CHOICE;
        }
        throw new AssertionError("no parameter kind for " + type + ": use int, double, boolean or an enum");
    }
}
