package org.gradientatlas.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The seed-003 models' gradients are the derivatives of their values (central differences). */
class SeedThreeGradientsTest {
    private static final double H = 1e-6;

    @Test
    void quadraticDerivativeIsTwoX() {
        for (double x : new double[] {-3, -0.5, 0.25, 4}) {
            assertThat(QuadraticDescent.derivative(x)).isCloseTo(2 * x, Offset.offset(1e-12));
            assertThat(QuadraticDescent.value(x)).isCloseTo(x * x + 2, Offset.offset(1e-12));
        }
    }

    @Test
    void nonConvexGradientMatchesCentralDifferences() {
        for (double[] p : new double[][] {{0.5, 1.8}, {-2, -2}, {1.6, -0.1}, {0.3, -1.2}}) {
            double[] g = NonConvexDescent.valueAndGradient(p[0], p[1]);
            double dx = (NonConvexDescent.value(p[0] + H, p[1]) - NonConvexDescent.value(p[0] - H, p[1])) / (2 * H);
            double dy = (NonConvexDescent.value(p[0], p[1] + H) - NonConvexDescent.value(p[0], p[1] - H)) / (2 * H);
            assertThat(g[1]).isCloseTo(dx, Offset.offset(1e-8));
            assertThat(g[2]).isCloseTo(dy, Offset.offset(1e-8));
        }
        assertThat(NonConvexDescent.cube(1.8)).isEqualTo(5.832000000000001);
    }

    @Test
    void perceptronGradientMatchesCentralDifferences() {
        double[][] x = {{0.5, -1}, {2, 0.3}, {-1.5, 1.2}};
        TanhPerceptron model = new TanhPerceptron(x, new double[] {1, -1, 1});
        double[] w = {0.7, -0.4, 0.2};
        double[] g = model.gradient(w[0], w[1], w[2]);
        for (int k = 0; k < 3; k++) {
            double[] up = w.clone();
            double[] down = w.clone();
            up[k] += H;
            down[k] -= H;
            double numeric = (model.loss(up[0], up[1], up[2]) - model.loss(down[0], down[1], down[2])) / (2 * H);
            assertThat(g[k]).as("component %d", k).isCloseTo(numeric, Offset.offset(1e-8));
        }
    }

    @Test
    void badEpochCountsAndShapesAreRejected() {
        assertThatThrownBy(() -> QuadraticDescent.run(1, 0.1, 0)).hasMessageContaining("epochs must be 1 to");
        assertThatThrownBy(() -> NonConvexDescent.run(1, 1, 0.1, -1)).hasMessageContaining("epochs must be 1 to");
        assertThatThrownBy(() -> new TanhPerceptron(new double[][] {{1, 2, 3}}, new double[] {1}))
                .hasMessageContaining("expected 2");
        assertThatThrownBy(() -> new TanhPerceptron(new double[0][], new double[0])).hasMessageContaining("at least one");
    }
}
