package org.gradientatlas.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.gradientatlas.ReferenceCsv;
import org.gradientatlas.figure.Grid;
import org.junit.jupiter.api.Test;

/** Compares with the levels matplotlib 3.6.3 chose (reference/contour-levels.csv, tools/reference/contour_levels.py). */
class ContourLevelsTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/contour-levels.csv");

    @Test
    void choosesExactlyTheLevelsMatplotlibChooses() {
        int kind = REFERENCE.column("kind");
        int n = REFERENCE.column("n");
        int zmin = REFERENCE.column("zmin");
        int zmax = REFERENCE.column("zmax");
        int levels = REFERENCE.column("levels");
        assertThat(REFERENCE.rows()).hasSizeGreaterThan(60);
        for (String[] row : REFERENCE.rows()) {
            double lo = Double.parseDouble(row[zmin]);
            double hi = Double.parseDouble(row[zmax]);
            int count = Integer.parseInt(row[n]);
            double[] expected = Arrays.stream(row[levels].split(";")).mapToDouble(Double::parseDouble).toArray();
            double[] actual = row[kind].equals("filled")
                    ? ContourLevels.filled(lo, hi, count) : ContourLevels.lines(lo, hi, count);
            assertThat(actual).as("case %s %s n=%d [%s, %s]", row[0], row[kind], count, row[zmin], row[zmax])
                    .containsExactly(expected);
        }
    }

    @Test
    void defaultIsSevenAsInMatplotlib() {
        assertThat(ContourLevels.filled(0, 1)).containsExactly(ContourLevels.filled(0, 1, 7));
        assertThat(ContourLevels.lines(-3.2, 5.9)).containsExactly(-4.5, -3.0, -1.5, 0.0, 1.5, 3.0, 4.5, 6.0);
    }

    @Test
    void gridLevelsIgnoreMissingValues() {
        Grid grid = new Grid(new double[] {0, 1}, new double[] {0, 1},
                new double[][] {{0, Double.NaN}, {Double.POSITIVE_INFINITY, 1}});
        assertThat(ContourLevels.finiteRange(grid)).containsExactly(0, 1);
        assertThat(ContourLevels.filled(grid)).containsExactly(ContourLevels.filled(0, 1));
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThatThrownBy(() -> ContourLevels.filled(2, 1)).hasMessageContaining("zmin");
    }
}
