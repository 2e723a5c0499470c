package org.gradientatlas.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.ReferenceCsv;
import org.junit.jupiter.api.Test;

class RegularGridLinearTest {
    static final RegularGridLinear NOISE = PerlinLossGrid.interpolated(
            PerlinLossGrid.perlin(50, 100, new PerlinNoise(6, 0.5f, 2f, 1024, 1024, 42)));
    static final RegularGridLinear QUADRATIC = PerlinLossGrid.interpolated(
            PerlinLossGrid.quadratic(RegularGridLinear.linspaceWithoutEndpoint(0, 1, 50)));

    @Test
    void matchesScipyExactlyInsideAndRaisesOutside() {
        ReferenceCsv csv = ReferenceCsv.load("/reference/subgd-interpolation.csv");
        List<String> mismatches = new ArrayList<>();
        int outside = 0;
        for (String[] row : csv.rows()) {
            RegularGridLinear grid = row[0].equals("noise") ? NOISE : QUADRATIC;
            double a = python(row[1]);
            double b = python(row[2]);
            if (row[3].isEmpty()) {
                outside++;
                assertThat(grid.contains(a, b)).as("(%s, %s) outside", a, b).isFalse();
                assertThatThrownBy(() -> grid.value(a, b)).isInstanceOf(IllegalArgumentException.class);
            } else if (Double.doubleToRawLongBits(grid.value(a, b)) != Double.doubleToRawLongBits(
                    Double.parseDouble(row[3]))) {
                mismatches.add(String.join(",", row) + " got " + grid.value(a, b));
            }
        }
        assertThat(outside).isEqualTo(12);
        assertThat(mismatches).isEmpty();
    }

    private static double python(String repr) {
        return repr.equals("nan") ? Double.NaN : Double.parseDouble(repr);
    }

    @Test
    void theDomainIsTheClosedBoxUpTo098() {
        double last = RegularGridLinear.linspaceWithoutEndpoint(0, 1, 50)[49];
        assertThat(last).isEqualTo(0.98);
        assertThat(NOISE.contains(last, 0)).isTrue();
        assertThat(NOISE.contains(Math.nextUp(last), 0)).isFalse();
        assertThat(NOISE.contains(0, -Double.MIN_VALUE)).isFalse();
        assertThat(NOISE.contains(Double.NaN, 0.5)).isFalse();
    }
}
