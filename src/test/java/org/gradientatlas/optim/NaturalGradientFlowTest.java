package org.gradientatlas.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Checks the closed-form path against a numerical integration of the natural-gradient flow. */
class NaturalGradientFlowTest {

    /**
     * Integrates -F^-1 grad L with classical Runge-Kutta, where L(mu, sigma) = ((mu - m)^2 + s^2) / (2 sigma^2)
     * + ln sigma is the expected NLL under N(m, s) and F = diag(1/sigma^2, 2/sigma^2) is the Fisher metric.
     */
    @Test
    void closedFormFollowsTheIntegratedFlow() {
        for (double[] c : new double[][] {{0, 1, 10, 1}, {2, 0.5, -3, 2}, {0, 3, 1, 0.2}}) {
            NaturalGradientFlow flow = new NaturalGradientFlow(c[0], c[1], c[2], c[3]);
            double[] state = {c[0], c[1]};
            double dt = 2.5e-4;
            for (int step = 1; step <= 24_000; step++) {
                state = rk4(state, dt, c[2], c[3]);
                if (step % 2000 == 0) {
                    double r = (c[2] - state[0]) / (c[2] - c[0]);
                    assertThat(r).isCloseTo(StrictMath.exp(-step * dt), within(1e-9));
                    assertThat(state[1]).as("sigma at t=%s for %s", step * dt, c)
                            .isCloseTo(flow.sigmaAt(r), within(1e-9));
                }
            }
        }
    }

    @Test
    void seedCaseIsTheHalfCircleAroundFive() {
        Trajectory path = new NaturalGradientFlow(0, 1, 10, 1).path(401);
        for (int k = 0; k < path.points(); k++) {
            double mu = path.a()[k];
            double sigma = path.b()[k];
            assertThat(sigma * sigma + (mu - 5) * (mu - 5)).isCloseTo(26, within(1e-12));
        }
        assertThat(path.a()[0]).isZero();
        assertThat(path.a()[400]).isEqualTo(10);
        assertThat(path.b()[200]).isCloseTo(Math.sqrt(26), within(1e-12));
    }

    private static double[] rk4(double[] s, double h, double m, double sd) {
        double[] k1 = velocity(s, m, sd);
        double[] k2 = velocity(add(s, k1, h / 2), m, sd);
        double[] k3 = velocity(add(s, k2, h / 2), m, sd);
        double[] k4 = velocity(add(s, k3, h), m, sd);
        return new double[] {
            s[0] + h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]),
            s[1] + h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1])};
    }

    private static double[] velocity(double[] s, double m, double sd) {
        double mu = s[0];
        double sigma = s[1];
        double gradMu = (mu - m) / (sigma * sigma);
        double gradSigma = 1 / sigma - ((mu - m) * (mu - m) + sd * sd) / (sigma * sigma * sigma);
        // F^-1 = diag(sigma^2, sigma^2 / 2)
        return new double[] {-sigma * sigma * gradMu, -sigma * sigma / 2 * gradSigma};
    }

    private static double[] add(double[] s, double[] k, double h) {
        return new double[] {s[0] + h * k[0], s[1] + h * k[1]};
    }
}
