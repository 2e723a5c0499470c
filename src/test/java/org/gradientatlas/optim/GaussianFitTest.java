package org.gradientatlas.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientatlas.ReferenceCsv;
import org.gradientatlas.random.NumpyRandomState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 prints "converged in 82826 / 57231 / 72003 iterations"; reference/tango-fig1.csv also holds
 * iterates from a re-run with Debian's numpy, which the Java runs must match bit for bit.
 */
class GaussianFitTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/tango-fig1.csv");
    private static Trajectory tango;
    private static Trajectory sgd;
    private static Trajectory asgd;

    @BeforeAll
    static void runTheSeedsThreeOptimizers() {
        NumpyRandomState random = new NumpyRandomState(1234);
        for (int i = 0; i < 4 * 3 * 1000; i++) {
            random.randomSample();
        }
        GaussianFit fit = new GaussianFit(random,
                new GaussianFit.Settings(1e-3, 1e-2, 1e-4, 100_000, 0, 1, 10, 1, 1e-5, 0.01));
        tango = fit.tango();
        sgd = fit.sgd();
        asgd = fit.averagedSgd();
    }

    @Test
    void convergesAtTheIterationsTheNotebookPrints() {
        assertThat(tango.stoppedAt()).isEqualTo(82826);
        assertThat(sgd.stoppedAt()).isEqualTo(57231);
        assertThat(asgd.stoppedAt()).isEqualTo(72003);
        assertThat(tango.points()).isEqualTo(82826 + 2);
    }

    @Test
    void iteratesMatchNumpyBitForBit() {
        assertIterates("tango", tango);
        assertIterates("sgd", sgd);
        assertIterates("asgd", asgd);
    }

    @Test
    void startsAtTheInitialPoint() {
        for (Trajectory t : List.of(tango, sgd, asgd)) {
            assertThat(t.a()[0]).isZero();
            assertThat(t.b()[0]).isEqualTo(1.0);
        }
    }

    private static void assertIterates(String run, Trajectory t) {
        List<String[]> rows = REFERENCE.rows().stream()
                .filter(r -> r[0].equals(run) && r[1].equals("iterate")).toList();
        assertThat(rows).hasSizeGreaterThan(50);
        for (String[] row : rows) {
            int step = Integer.parseInt(row[2]);
            assertThat(t.a()[step]).as("%s mu at step %d", run, step).isEqualTo(Double.parseDouble(row[3]));
            assertThat(t.b()[step]).as("%s sigma at step %d", run, step).isEqualTo(Double.parseDouble(row[4]));
        }
    }
}
