package org.gradientatlas.recipe.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientatlas.ReferenceCsv;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.optim.PerSampleSgd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's data, grids and SGD path against Debian numpy in float64. Every value is asserted bit for bit: each is
 * a short chain of IEEE additions and multiplications done in the reference's order (and the eps draws use a
 * correctly rounded log, which the script checks gives numpy's eps here), so any difference is a bug.
 */
class StochasticLandscapeTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/stochastic-landscape.csv");
    private static StochasticLandscape.Samples data;
    private static double[] axis;

    @BeforeAll
    static void compute() {
        data = StochasticLandscape.draw(0, 100, 0.1);
        axis = StochasticLandscape.axis(-3, 3, 100);
    }

    @Test
    void dataAreNumpysDraws() {
        int rows = 0;
        for (String[] row : rows("data")) {
            int k = Integer.parseInt(row[col("k")]);
            assertThat(data.x()[k]).as("x[%d]", k).isEqualTo(value(row, "x"));
            assertThat(data.y()[k]).as("y[%d]", k).isEqualTo(value(row, "y"));
            rows++;
        }
        assertThat(rows).isEqualTo(100);
    }

    @Test
    void perSampleLossesAreTheSeedsGrids() {
        int rows = 0;
        for (String[] row : rows("sampleLoss")) {
            Grid g = StochasticLandscape.sampleLoss(data, Integer.parseInt(row[col("k")]), axis, axis);
            assertGridValue(g, row);
            rows++;
        }
        assertThat(rows).isEqualTo(72);
    }

    @Test
    void empiricalRiskIsTheMeanOfTheGrids() {
        Grid g = StochasticLandscape.empiricalRisk(data, axis, axis);
        int rows = 0;
        for (String[] row : rows("empiricalRisk")) {
            assertGridValue(g, row);
            rows++;
        }
        assertThat(rows).isEqualTo(24);
    }

    @Test
    void sgdPathIsTheSeedsTrainLoop() {
        PerSampleSgd path = StochasticLandscape.train(data, 0.05, 1.2, -2.3);
        assertThat(path.steps()).isEqualTo(100);
        int rows = 0;
        for (String[] row : rows("sgd")) {
            int k = Integer.parseInt(row[col("k")]);
            assertThat(path.w1()[k]).as("w1 at step %d", k).isEqualTo(value(row, "w1"));
            assertThat(path.w2()[k]).as("w2 at step %d", k).isEqualTo(value(row, "w2"));
            // isEqualTo on boxed doubles tells -0.0 from 0.0, as the reference does
            assertThat(path.g1()[k]).as("g1 at step %d", k).isEqualTo(value(row, "g1"));
            assertThat(path.g2()[k]).as("g2 at step %d", k).isEqualTo(value(row, "g2"));
            rows++;
        }
        assertThat(rows).isEqualTo(100);
    }

    @Test
    void logOfZeroIsMinusInfinity() {
        Grid zero = new Grid(new double[] {0, 1}, new double[] {0}, new double[][] {{0, Math.E}});
        Grid log = StochasticLandscape.log(zero);
        assertThat(log.z(0, 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(log.z(1, 0)).isEqualTo(1.0);
    }

    private static void assertGridValue(Grid g, String[] row) {
        int i = Integer.parseInt(row[col("i")]);
        int j = Integer.parseInt(row[col("j")]);
        assertThat(g.x()[i]).as("w1[%d]", i).isEqualTo(value(row, "w1"));
        assertThat(g.y()[j]).as("w2[%d]", j).isEqualTo(value(row, "w2"));
        assertThat(g.z(i, j)).as("%s k=%s at (%d, %d)", row[0], row[1], i, j).isEqualTo(value(row, "loss"));
    }

    private static Iterable<String[]> rows(String kind) {
        return REFERENCE.rows().stream().filter(r -> r[0].equals(kind)).toList();
    }

    private static int col(String name) {
        return REFERENCE.column(name);
    }

    private static double value(String[] row, String name) {
        return Double.parseDouble(row[col(name)]);
    }
}
