package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterOverridesTest {
    enum Shape { DISC, SQUARE }

    record Sample(double rate, int count, long big, boolean flag, String label, Shape shape) {
        Sample {
            ParameterRange.positive("rate", rate);
            ParameterRange.between("count", count, 1, 10);
        }
    }

    private static final Sample DEFAULTS = new Sample(0.5, 3, 7L, false, "a", Shape.DISC);

    private static Sample apply(Map<String, String> overrides) {
        return ParameterOverrides.apply("sample", DEFAULTS, overrides);
    }

    @Test
    void everyTypeParsesLocaleFree() {
        Sample s = apply(Map.of("rate", "1e-3", "count", "10", "big", "-9000000000", "flag", "true",
                "label", "x=y", "shape", "square"));
        assertThat(s).isEqualTo(new Sample(0.001, 10, -9_000_000_000L, true, "x=y", Shape.SQUARE));
        assertThat(apply(Map.of("rate", ".25")).rate()).isEqualTo(0.25);
        assertThat(apply(Map.of())).isEqualTo(DEFAULTS);
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> apply(Map.of("rat", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown parameter 'rat' for sample; its parameters are: rate, count, big, flag, label,"
                        + " shape");
    }

    @Test
    void wrongTypeSaysTheTypeAndTheValue() {
        assertThatThrownBy(() -> apply(Map.of("rate", "0,5"))).hasMessageContaining("parameter rate expects a number")
                .hasMessageContaining("got '0,5'");
        assertThatThrownBy(() -> apply(Map.of("rate", "1d"))).hasMessageContaining("got '1d'");
        assertThatThrownBy(() -> apply(Map.of("count", "2.5"))).hasMessageContaining("parameter count expects an"
                + " integer (int, -2147483648 to 2147483647), got '2.5'");
        assertThatThrownBy(() -> apply(Map.of("count", "3000000000"))).hasMessageContaining("got '3000000000'");
        assertThatThrownBy(() -> apply(Map.of("flag", "yes"))).hasMessageContaining("expects a boolean (true or"
                + " false), got 'yes'");
        assertThatThrownBy(() -> apply(Map.of("shape", "star"))).hasMessageContaining("expects one of disc,"
                + " square, got 'star'");
    }

    @Test
    void outOfRangeValuesAreRejectedByTheRecord() {
        assertThatThrownBy(() -> apply(Map.of("rate", "-1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter rate must be a finite number > 0, got -1");
        assertThatThrownBy(() -> apply(Map.of("rate", "NaN"))).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> apply(Map.of("count", "11")))
                .hasMessage("parameter count must be an integer from 1 to 10, got 11");
    }

    @Test
    void theRegisteredRecipesCheckTheirRanges() {
        Recipe<?> tango = RecipeRegistry.find("tango-fig1").orElseThrow();
        assertThatThrownBy(() -> ParameterOverrides.apply("tango-fig1", tango.defaultParams(),
                Map.of("maxIters", "1000001"))).hasMessageContaining("maxIters must be an integer from 1 to 1000000");
        assertThatThrownBy(() -> ParameterOverrides.apply("tango-fig1", tango.defaultParams(),
                Map.of("sgdRate", "Infinity"))).hasMessageContaining("sgdRate must be a finite number > 0");
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            if (ParameterOverrides.has(recipe.defaultParams().getClass(), "gridDivisions")) {
                assertThatThrownBy(() -> ParameterOverrides.apply(recipe.id(), recipe.defaultParams(),
                        Map.of("gridDivisions", "2001"))).hasMessageContaining("gridDivisions must be an integer"
                        + " from 1 to 2000");
                assertThatThrownBy(() -> ParameterOverrides.apply(recipe.id(), recipe.defaultParams(),
                        Map.of("xMin", "9"))).hasMessageContaining("xMin must be less than xMax");
                assertThatThrownBy(() -> ParameterOverrides.apply(recipe.id(), recipe.defaultParams(),
                        Map.of("learningRate", "0"))).hasMessageContaining("learningRate must be a finite number > 0");
            }
        }
    }
}
