package org.gradientatlas.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LineProjectionTest {
    private final LineProjection diagonal = new LineProjection(0, 0, 2, 2);

    @Test
    void projectsOrthogonallyOntoTheLineNotTheSegment() {
        double[][] p = diagonal.project(new double[] {2, 0, 5, 1}, new double[] {0, 0, 3, 1});
        assertThat(p[0]).containsExactly(1, 0, 4, 1);
        assertThat(p[1]).containsExactly(1, 0, 4, 1);
        assertThat(diagonal.parameter(5, 3)).isEqualTo(2);
        assertThat(diagonal.distance(2, 0)).isCloseTo(Math.sqrt(2), within(1e-15));
    }

    @Test
    void theEndPointsProjectOntoThemselves() {
        LineProjection line = new LineProjection(0.28, 0.36, 0.3251416293798802, 0.0035587089027604895);
        double[][] p = line.project(new double[] {0.28, 0.3251416293798802}, new double[] {0.36,
                0.0035587089027604895});
        assertThat(p[0]).containsExactly(0.28, 0.3251416293798802);
        assertThat(p[1][1]).isCloseTo(0.0035587089027604895, within(1e-17));
    }

    @Test
    void needsTwoDistinctPoints() {
        assertThatThrownBy(() -> new LineProjection(1, 1, 1, 1)).hasMessageContaining("two distinct points");
    }
}
