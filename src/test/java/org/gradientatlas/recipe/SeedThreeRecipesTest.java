package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Series;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.random.MakeBlobs;
import org.gradientatlas.random.NumpyRandomState;
import org.junit.jupiter.api.Test;
import org.gradientatlas.recipe.autograd.GdNonconvexRecipe;
import org.gradientatlas.recipe.autograd.GdQuadraticRecipe;
import org.gradientatlas.recipe.autograd.PerceptronBoundariesRecipe;
import org.gradientatlas.recipe.autograd.PerceptronDatasetRecipe;
import org.gradientatlas.recipe.autograd.PerceptronLandscapeRecipe;
import org.gradientatlas.recipe.autograd.PerceptronRecipe;

/** Seed 003's five figures follow the data contract, report bad parameters and draw diverging runs. */
class SeedThreeRecipesTest {
    @Test
    void quadraticDataHoldsBothRunsFromStepZero() {
        FigureData data = new GdQuadraticRecipe().computeDefault().data();
        assertThat(data.series().keySet()).containsExactly("run0", "run1");
        Series run1 = data.series().get("run1");
        assertThat(run1.names()).containsExactly("step", "x", "f");
        assertThat(run1.length()).isEqualTo(101);
        assertThat(run1.column("x")[0]).isEqualTo(4);
        assertThat(run1.column("f")[0]).isEqualTo(18);
        assertThat(data.metrics().get("frozenFromStepRun1").intValue()).isBetween(70, 80);
        assertThat(data.caption()).contains("stops moving").contains("2(x − 2) + 4");
        assertThat(data.seed()).isNull();
    }

    @Test
    void nonConvexDataHoldsFourRunsAndTheGrid() {
        FigureData data = new GdNonconvexRecipe().computeDefault().data();
        assertThat(data.series().keySet()).containsExactly("run0", "run1", "run2", "run3");
        assertThat(data.series().get("run2").names()).containsExactly("step", "x", "y", "z");
        assertThat(data.series().get("run2").length()).isEqualTo(16);
        assertThat(data.grids().get("z").columns()).isEqualTo(60);
    }

    @Test
    void perceptronFiguresShareTheDataSetAndTheRuns() {
        List<Figure> figures = List.of(new PerceptronDatasetRecipe().computeDefault(),
                new PerceptronBoundariesRecipe().computeDefault(), new PerceptronLandscapeRecipe().computeDefault());
        MakeBlobs.Blobs blobs = MakeBlobs.make(new NumpyRandomState(0), 100, 2, 2, 1, -4, 4);
        for (Figure figure : figures) {
            FigureData data = figure.data();
            assertThat(data.seed()).isZero();
            assertThat(data.series().keySet()).containsExactly("data", "run0", "run1", "run2", "run3");
            Series points = data.series().get("data");
            assertThat(points.names()).containsExactly("x1", "x2", "label");
            for (int i = 0; i < 100; i++) {
                assertThat(points.column("x1")[i]).isEqualTo(blobs.points()[i][0]);
                assertThat(points.column("label")[i]).isEqualTo(2 * blobs.labels()[i] - 1);
            }
            assertThat(data.series().get("run3").names()).containsExactly("step", "w0", "w1", "b", "loss");
            assertThat(data.series().get("run3").length()).isEqualTo(401);
            assertThat(data.series().get("run3").column("b")[0]).isZero();
            assertThat(data.caption()).contains("unseeded");
            assertThat(data.series()).isEqualTo(figures.get(0).data().series());
        }
        assertThat(figures.get(2).data().grids().keySet()).containsExactly("loss");
        assertThat(figures.get(0).data().grids()).isEmpty();
        assertThat(figures.get(1).panels()).hasSize(2);
        assertThat(((XYPanel) figures.get(1).panels().get(1)).y().isLog()).isTrue();
    }

    @Test
    void badParametersNameTheParameter() {
        GdQuadraticRecipe quadratic = new GdQuadraticRecipe();
        GdQuadraticRecipe.Params q = quadratic.defaultParams();
        assertThatThrownBy(() -> quadratic.compute(new GdQuadraticRecipe.Params(q.x0Run0(), q.learningRateRun0(),
                q.x0Run1(), q.learningRateRun1(), 0, q.curveMin(), q.curveMax(), q.curveStep()), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs must be 1 to");
        PerceptronDatasetRecipe perceptron = new PerceptronDatasetRecipe();
        PerceptronRecipe.Params p = perceptron.defaultParams();
        assertThatThrownBy(() -> perceptron.compute(new PerceptronRecipe.Params(0, p.centerBoxLow(),
                p.centerBoxHigh(), p.clusterStd(), p.learningRate(), p.epochs(), 2, 2, 2, 0, -2, 2, -2, -2, 0,
                p.weightMin(), p.weightMax(), p.weightStep()), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nSamples must be 1 to");
    }

    @Test
    void aDivergingQuadraticRunIsDrawnAndCaptioned() {
        // lr 1e5 multiplies x by about -2e5 per update: it overflows to infinity and then NaN within 100 updates
        GdQuadraticRecipe recipe = new GdQuadraticRecipe();
        GdQuadraticRecipe.Params q = new GdQuadraticRecipe.Params(-3, 0.1, 4, 1e5, 100, -4, 4, 0.1);
        Figure figure = recipe.compute(q, 0);
        assertThat(figure.data().caption()).contains("diverges");
        assertThat(new org.gradientatlas.Atlas().render(recipe, q, 0).svg()).contains("<svg");
        List<Double> finite = new ArrayList<>();
        for (double x : figure.data().series().get("run1").column("x")) {
            if (Double.isFinite(x)) {
                finite.add(x);
            }
        }
        assertThat(finite.size()).isLessThan(101);
    }
}
