package org.gradientatlas.recipe.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gradientatlas.ReferenceCsv;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.surface.LossSurface;
import org.gradientatlas.surface.PathologicalCurvatureSurface;
import org.gradientatlas.surface.SteepOptimaSurface;
import org.junit.jupiter.api.Test;

/** plot_curve's grids against PyTorch (reference/optimizer-grids.csv), with the ranges derived as the seed does. */
class OptimizerComparisonTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/optimizer-grids.csv");

    @Test
    void pathologicalSurfaceGrid() {
        assertGrid("pathological-surface", new PathologicalCurvatureSurface(),
                OptimizerComparison.pythonRange(-5, 5, 100), OptimizerComparison.pythonRange(-5, 5, 100));
    }

    @Test
    void steepOptimaGrid() {
        assertGrid("steep", new SteepOptimaSurface(), OptimizerComparison.pythonRange(-2, 2, 100),
                OptimizerComparison.pythonRange(-2, 2, 100));
    }

    /** The map's range comes from all six runs, in float32: (-66.52..., 66.52...) by (-79.69..., 5). */
    @Test
    void pathologicalMapGridOverTheRangeOfTheRuns() {
        LossSurface surface = new PathologicalCurvatureSurface();
        Map<String, float[][]> runs = OptimizerComparison.runs(surface,
                new PathologicalCurvatureTrajectoriesRecipe().defaultParams().settings());
        double[][] range = OptimizerComparison.rangeOfPaths(runs, 100);
        assertThat(range[0][1]).isEqualTo(value("pathological-map", "xRange", 1, 0));
        assertThat(range[1][0]).isEqualTo(value("pathological-map", "yRange", 0, 0));
        assertGrid("pathological-map", surface, range[0], range[1]);
    }

    private static void assertGrid(String name, LossSurface surface, double[] xRange, double[] yRange) {
        Grid grid = OptimizerComparison.grid(surface, xRange, yRange);
        List<String[]> rows = REFERENCE.rows().stream().filter(r -> r[0].equals(name)).toList();
        assertThat(grid.columns()).isEqualTo(rows.stream().filter(r -> r[1].equals("x")).count()).isEqualTo(100);
        assertThat(grid.rows()).isEqualTo(rows.stream().filter(r -> r[1].equals("y")).count()).isEqualTo(100);
        int checked = 0;
        for (String[] r : rows) {
            int i = Integer.parseInt(r[2]);
            int j = Integer.parseInt(r[3]);
            float expected = (float) Double.parseDouble(r[4]);
            switch (r[1]) {
                case "x" -> assertThat((float) grid.x()[i]).as("%s x[%d]", name, i).isEqualTo(expected);
                case "y" -> assertThat((float) grid.y()[i]).as("%s y[%d]", name, i).isEqualTo(expected);
                case "z" -> {
                    // PyTorch's vectorised tanh/exp are within an ulp or two of the correctly rounded values used here.
                    assertThat((float) grid.z(i, j)).as("%s z[%d][%d]", name, j, i)
                            .isCloseTo(expected, within(4 * Math.ulp(Math.abs(expected)) + 1e-30f));
                    checked++;
                }
                default -> {
                }
            }
        }
        assertThat(checked).isEqualTo(225);
    }

    private static double value(String grid, String kind, int i, int j) {
        return REFERENCE.rows().stream().filter(r -> r[0].equals(grid) && r[1].equals(kind)
                && r[2].equals(String.valueOf(i)) && r[3].equals(String.valueOf(j)))
                .mapToDouble(r -> Double.parseDouble(r[4])).findFirst().orElseThrow();
    }
}
