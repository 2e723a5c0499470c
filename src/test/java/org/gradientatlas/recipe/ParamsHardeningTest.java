package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.gradientatlas.Atlas;
import org.gradientatlas.RenderedFigure;
import org.junit.jupiter.api.Test;
import org.gradientatlas.recipe.autograd.GdNonconvexRecipe;
import org.gradientatlas.recipe.autograd.GdQuadraticRecipe;
import org.gradientatlas.recipe.lecture.PathologicalCurvatureTrajectoriesRecipe;
import org.gradientatlas.recipe.tango.TangoFig1Recipe;

/** The notable bad-parameter cases: refused naming the parameter, or drawn and captioned as diverged. */
class ParamsHardeningTest {
    @Test
    void tangoRefusesANegativeRateNamingSgdRate() {
        assertThatThrownBy(() -> edit(new TangoFig1Recipe(), Map.of("sgdRate", -1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sgdRate")
                .hasMessageContaining("> 0").hasMessageContaining("-1");
    }

    @Test
    void tangoRefusesAHugeMaxItersWithTheLimit() {
        assertThatThrownBy(() -> edit(new TangoFig1Recipe(), Map.of("maxIters", Integer.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIters")
                .hasMessageContaining(String.valueOf(ParameterRange.MAX_UPDATES));
    }

    @Test
    void tangoRefusesAHugeTargetMuThatWouldScaleThePaths() {
        assertThatThrownBy(() -> edit(new TangoFig1Recipe(), Map.of("targetMu", 1e7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetMu");
    }

    @Test
    void aDivergingLearningRateIsDrawnAndCaptioned() throws Throwable {
        assertDrawnAndCaptioned(new PathologicalCurvatureTrajectoriesRecipe(), Map.of("learningRate", 1e30),
                "SGD 9.637e+25 (the run diverges: |w| > 10⁶)");
    }

    @Test
    void aDivergingTangoSgdRateIsDrawnAndCaptioned() throws Throwable {
        assertDrawnAndCaptioned(new TangoFig1Recipe(), Map.of("sgdRate", 2.0, "maxIters", 2000),
                "SGD (green, dashed) diverges (μ or σ is not finite");
    }

    @Test
    void aDivergingQuadraticRunIsDrawnAndCaptioned() throws Throwable {
        assertDrawnAndCaptioned(new GdQuadraticRecipe(), Map.of("learningRateRun1", 5.0), "The green run diverges.");
    }

    @Test
    void aGridStepThatLeavesOnePointIsRefusedNamingIt() {
        assertThatThrownBy(() -> edit(new GdNonconvexRecipe(), Map.of("gridStep", 1e6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gridStep");
    }

    @Test
    void aTinyArangeStepIsRefusedNamingIt() {
        assertThatThrownBy(() -> edit(new GdQuadraticRecipe(), Map.of("curveStep", 1e-300)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("curveStep");
    }

    private static Record edit(Recipe<?> recipe, Map<String, Object> values) throws Throwable {
        return new ParamsEdit(recipe, values).params();
    }

    /** The edited recipe renders a whole SVG and its caption says {@code caption}. */
    private static void assertDrawnAndCaptioned(Recipe<?> recipe, Map<String, Object> values, String caption)
            throws Throwable {
        RenderedFigure figure = render(recipe, values);
        assertThat(figure.svg().stripTrailing()).endsWith("</svg>");
        assertThat(figure.data().caption()).contains(caption);
    }

    @SuppressWarnings("unchecked")
    private static <P extends Record> RenderedFigure render(Recipe<P> recipe, Map<String, Object> values)
            throws Throwable {
        return new Atlas().render(recipe, (P) edit(recipe, values), recipe.defaultSeed().orElse(0));
    }
}
