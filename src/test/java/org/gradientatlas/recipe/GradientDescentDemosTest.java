package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gradientatlas.ReferenceCsv;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.Series;
import org.junit.jupiter.api.Test;
import org.gradientatlas.recipe.autograd.GdNonconvexRecipe;
import org.gradientatlas.recipe.autograd.GdQuadraticRecipe;
import org.gradientatlas.recipe.autograd.PerceptronBoundariesRecipe;
import org.gradientatlas.recipe.autograd.PerceptronLandscapeRecipe;

/**
 * Seed 003's three demos against numpy redoing the seed's autograd arithmetic
 * (tools/reference/gradient_descent_demos.py, reference/gradient-descent-demos.csv).
 */
class GradientDescentDemosTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/gradient-descent-demos.csv");

    @Test
    void quadraticIteratesAndValuesAreNumpysBitForBit() {
        Map<String, Series> series = new GdQuadraticRecipe().computeDefault().data().series();
        List<String[]> rows = rows("gd1d");
        assertThat(rows).hasSize(2 * 101);
        for (String[] row : rows) {
            Series run = series.get("run" + row[1]);
            int step = Integer.parseInt(row[2]);
            assertThat(run.column("x")[step]).as("run %s x at step %d", row[1], step).isEqualTo(value(row, 3));
            assertThat(run.column("f")[step]).as("run %s f at step %d", row[1], step).isEqualTo(value(row, 4));
        }
    }

    @Test
    void nonConvexIteratesAreBitForBitThoseWithTheCLibrarysExp() {
        Map<String, Series> series = new GdNonconvexRecipe().computeDefault().data().series();
        assertRuns(series, rows("gd2d-libm"), 0);
    }

    @Test
    void nonConvexIteratesAndGridAreNumpysToAFewUlps() {
        // on an AVX-512 CPU numpy 1.24's exp and (SVML) power are not always correctly rounded (exp(-1.745) is
        // 1 ulp low, np.power(x, 2.) is not always x * x), so numpy's own iterates drift by some ulps in 15 steps
        FigureData data = new GdNonconvexRecipe().computeDefault().data();
        assertRuns(data.series(), rows("gd2d"), 1e-14);
        assertGrid(data.grids().get("z"), rows("grid2d"), 1e-15);
    }

    private static void assertRuns(Map<String, Series> series, List<String[]> rows, double tolerance) {
        assertThat(rows).hasSize(4 * 16);
        for (String[] row : rows) {
            Series run = series.get("run" + row[1]);
            int step = Integer.parseInt(row[2]);
            String[] columns = {"x", "y", "z"};
            for (int c = 0; c < 3; c++) {
                assertThat(run.column(columns[c])[step]).as("run %s %s at step %d", row[1], columns[c], step)
                        .isCloseTo(value(row, 3 + c), org.assertj.core.data.Offset.offset(tolerance));
            }
        }
    }

    @Test
    void perceptronRunsFollowNumpyToRoundOff() {
        FigureData data = new PerceptronBoundariesRecipe().computeDefault().data();
        List<String[]> rows = rows("perceptron");
        assertThat(rows).hasSize(4 * 101);
        for (String[] row : rows) {
            Series run = data.series().get("run" + row[1]);
            int step = Integer.parseInt(row[2]);
            String[] columns = {"w0", "w1", "b", "loss"};
            for (int c = 0; c < 4; c++) {
                // np.tanh and StrictMath.tanh may differ in the last bit; 400 updates keep that near 1e-15
                assertThat(run.column(columns[c])[step]).as("run %s %s at step %d", row[1], columns[c], step)
                        .isCloseTo(value(row, 3 + c), org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    @Test
    void weightLandscapeIsNumpysLossOnTheSeedsArange() {
        Grid grid = new PerceptronLandscapeRecipe().computeDefault().data().grids().get("loss");
        assertThat(grid.columns()).isEqualTo(20);
        assertThat(grid.rows()).isEqualTo(20);
        assertGrid(grid, rows("landscape"), 1e-14);
    }

    /** Grid rows i, j, x, y, z: coordinates exact (the arange), values within {@code tolerance}. */
    private static void assertGrid(Grid grid, List<String[]> rows, double tolerance) {
        assertThat(rows).isNotEmpty();
        for (String[] row : rows) {
            int i = Integer.parseInt(row[2]);
            int j = Integer.parseInt(row[3]);
            assertThat(grid.x()[i]).as("x[%d]", i).isEqualTo(value(row, 4));
            assertThat(grid.y()[j]).as("y[%d]", j).isEqualTo(value(row, 5));
            double expected = value(row, 6);
            assertThat(grid.z(i, j)).as("z at (%d, %d)", i, j)
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
        }
    }

    private static List<String[]> rows(String demo) {
        return REFERENCE.rows().stream().filter(r -> r[0].equals(demo)).toList();
    }

    private static double value(String[] row, int column) {
        return Double.parseDouble(row[column]);
    }
}
