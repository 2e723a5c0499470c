package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {
    enum Shape { DISC, SQUARE }

    record Sample(double rate, int count, boolean flag, Shape shape) {
        Sample {
            ParameterRange.positive("rate", rate);
            ParameterRange.between("count", count, 1, 10);
        }

        static Sample from(ParameterSource<Sample> p) {
            return new Sample(p.number("rate", Sample::rate), p.integer("count", Sample::count),
                    p.bool("flag", Sample::flag), p.choice("shape", Shape.values(), Sample::shape));
        }
    }

    private static final Sample DEFAULTS = new Sample(0.5, 3, false, Shape.DISC);
    private static final Parameters<Sample> PARAMETERS = Parameters.of(DEFAULTS, Sample::from);

    private static Sample apply(Map<String, String> overrides) {
        return PARAMETERS.apply("sample", DEFAULTS, overrides);
    }

    @Test
    void describesTheComponentsInOrderWithTheirKindsAndDefaults() {
        assertThat(PARAMETERS.names()).containsExactly("rate", "count", "flag", "shape");
        assertThat(PARAMETERS.list()).extracting(Parameter::kind).containsExactly(ParameterKind.NUMBER,
                ParameterKind.INTEGER, ParameterKind.BOOLEAN, ParameterKind.CHOICE);
        assertThat(PARAMETERS.list().get(3).choices()).containsExactly("disc", "square");
        assertThat(PARAMETERS.list().get(0).choices()).isEmpty();
        assertThat(PARAMETERS.list()).extracting(p -> p.text(DEFAULTS)).containsExactly("0.5", "3", "false", "disc");
        Map<String, Object> values = PARAMETERS.values(new Sample(1e-7, 4, true, Shape.SQUARE));
        assertThat(values).containsExactly(Map.entry("rate", 1e-7), Map.entry("count", 4), Map.entry("flag", true),
                Map.entry("shape", Shape.SQUARE));
        assertThat(PARAMETERS.has("count")).isTrue();
        assertThat(PARAMETERS.has("Count")).isFalse();
    }

    @Test
    void everyKindParsesLocaleFree() {
        Sample s = apply(Map.of("rate", "1e-3", "count", "10", "flag", "true", "shape", "square"));
        assertThat(s).isEqualTo(new Sample(0.001, 10, true, Shape.SQUARE));
        assertThat(apply(Map.of("rate", ".25")).rate()).isEqualTo(0.25);
        assertThat(apply(Map.of("count", "+7")).count()).isEqualTo(7);
        assertThat(apply(Map.of("shape", "Square")).shape()).isEqualTo(Shape.SQUARE);
        assertThat(apply(Map.of())).isEqualTo(DEFAULTS);
    }

    @Test
    void theDefaultsTextReadsBackToTheDefaults() {
        Map<String, String> texts = new LinkedHashMap<>();
        Sample other = new Sample(0.1 + 0.2, 9, true, Shape.SQUARE);
        PARAMETERS.list().forEach(p -> texts.put(p.name(), p.text(other)));
        assertThat(apply(texts)).isEqualTo(other);
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> apply(Map.of("rat", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown parameter 'rat' for sample; its parameters are: rate, count, flag, shape");
    }

    @Test
    void wrongTypeSaysTheTypeAndTheValue() {
        assertThatThrownBy(() -> apply(Map.of("rate", "0,5"))).hasMessage("parameter rate expects a number (double,"
                + " e.g. 0.05 or 1e-3), got '0,5'");
        for (String bad : List.of("1d", "1f", " 1", "1 ", "0x10", "1e", "e5", ".", "+", "", "١", "1_000", "Inf")) {
            assertThatThrownBy(() -> apply(Map.of("rate", bad))).as(bad).hasMessageContaining("got '" + bad + "'");
        }
        assertThatThrownBy(() -> apply(Map.of("count", "2.5"))).hasMessage("parameter count expects an"
                + " integer (int, -2147483648 to 2147483647), got '2.5'");
        for (String bad : List.of("3000000000", "-2147483649", "", "+", "1e3", "٣", " 3")) {
            assertThatThrownBy(() -> apply(Map.of("count", bad))).as(bad).hasMessageContaining("got '" + bad + "'");
        }
        assertThatThrownBy(() -> apply(Map.of("flag", "yes"))).hasMessage("parameter flag expects a boolean (true or"
                + " false), got 'yes'");
        assertThatThrownBy(() -> apply(Map.of("flag", "True"))).hasMessageContaining("got 'True'");
        assertThatThrownBy(() -> apply(Map.of("shape", "star"))).hasMessage("parameter shape expects one of disc,"
                + " square, got 'star'");
    }

    @Test
    void outOfRangeValuesAreRejectedByTheRecord() {
        assertThatThrownBy(() -> apply(Map.of("rate", "-1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter rate must be a finite number > 0, got -1");
        assertThatThrownBy(() -> apply(Map.of("rate", "NaN"))).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> apply(Map.of("rate", "-Infinity"))).hasMessageContaining("got -Infinity");
        assertThatThrownBy(() -> apply(Map.of("count", "11")))
                .hasMessage("parameter count must be an integer from 1 to 10, got 11");
    }

    record Swapped(double a, double b) {
        static Swapped from(ParameterSource<Swapped> p) {
            return new Swapped(p.number("a", Swapped::b), p.number("b", Swapped::a));
        }
    }

    @Test
    void aDescriptionThatDoesNotRebuildTheDefaultsIsRefused() {
        assertThatThrownBy(() -> Parameters.of(new Swapped(1, 2), Swapped::from))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not rebuild its defaults");
        assertThatThrownBy(() -> Parameters.of(DEFAULTS, p -> new Sample(p.number("rate", Sample::rate),
                p.integer("rate", Sample::count), false, Shape.DISC))).hasMessageContaining("rate is described twice");
    }

    @Test
    void theRegisteredRecipesCheckTheirRanges() {
        Recipe<?> tango = RecipeRegistry.find("tango-fig1").orElseThrow();
        assertThatThrownBy(() -> applyTo(tango, Map.of("maxIters", "1000001")))
                .hasMessageContaining("maxIters must be an integer from 1 to 1000000");
        assertThatThrownBy(() -> applyTo(tango, Map.of("sgdRate", "Infinity")))
                .hasMessageContaining("sgdRate must be a finite number > 0");
        int checked = 0;
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            if (recipe.parameters().has("gridDivisions")) {
                assertThatThrownBy(() -> applyTo(recipe, Map.of("gridDivisions", "2001")))
                        .hasMessageContaining("gridDivisions must be an integer from 1 to 2000");
                assertThatThrownBy(() -> applyTo(recipe, Map.of("xMin", "9")))
                        .hasMessageContaining("xMin must be less than xMax");
                assertThatThrownBy(() -> applyTo(recipe, Map.of("learningRate", "0")))
                        .hasMessageContaining("learningRate must be a finite number > 0");
                checked++;
            }
        }
        assertThat(checked).isEqualTo(4);
    }

    private static <P extends Record> P applyTo(Recipe<P> recipe, Map<String, String> overrides) {
        return recipe.parameters().apply(recipe.id(), recipe.defaultParams(), overrides);
    }
}
