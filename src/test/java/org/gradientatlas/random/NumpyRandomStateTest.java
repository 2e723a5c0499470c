package org.gradientatlas.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gradientatlas.ReferenceCsv;
import org.junit.jupiter.api.Test;

/**
 * Compares every draw with numpy 1.24's RandomState (reference/numpy-random-state.csv): bit for bit with the
 * draws numpy makes when libm's log is correctly rounded (column crlogValue), and within a few ulp of
 * numpy's own draws with glibc 2.36's log (column value), which differ on the rows flagged numpyDiffers.
 */
class NumpyRandomStateTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/numpy-random-state.csv");
    private static final int VALUE = REFERENCE.column("value");
    private static final int CRLOG_VALUE = REFERENCE.column("crlogValue");
    private static final int NUMPY_DIFFERS = REFERENCE.column("numpyDiffers");

    @Test
    void drawsWhatNumpyDrawsForEverySeedAndCall() {
        Map<String, List<String[]>> bySeed = REFERENCE.rows().stream()
                .filter(r -> !r[1].startsWith("long-"))
                .collect(Collectors.groupingBy(r -> r[0], TreeMap::new, Collectors.toList()));
        assertThat(bySeed).hasSize(5);
        for (Map.Entry<String, List<String[]>> seed : bySeed.entrySet()) {
            NumpyRandomState random = new NumpyRandomState(Long.parseLong(seed.getKey()));
            int index = 0;
            for (String[] row : seed.getValue()) {
                assertThat(Integer.parseInt(row[2])).isEqualTo(index++);
                double expected = Double.parseDouble(row[CRLOG_VALUE]);
                assertThat(draw(random, row[1]))
                        .as("seed %s draw %s (%s)", seed.getKey(), row[2], row[1])
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void longNormalSequenceStaysExact() {
        List<String[]> rows = REFERENCE.rows().stream().filter(r -> r[1].startsWith("long-")).toList();
        assertThat(rows).hasSizeGreaterThan(190);
        NumpyRandomState random = new NumpyRandomState(1234);
        int next = 0;
        for (String[] row : rows) {
            int index = Integer.parseInt(row[2]);
            double value = 0;
            while (next <= index) {
                value = random.normal(0, 1);
                next++;
            }
            assertThat(value).as("normal draw %d", index).isEqualTo(Double.parseDouble(row[CRLOG_VALUE]));
        }
    }

    @Test
    void numpysOwnDrawsDifferOnlyOnTheFlaggedRowsAndByAtMostFourUlp() {
        int flagged = 0;
        for (String[] row : REFERENCE.rows()) {
            double numpy = Double.parseDouble(row[VALUE]);
            double crlog = Double.parseDouble(row[CRLOG_VALUE]);
            boolean differs = Boolean.parseBoolean(row[NUMPY_DIFFERS]);
            assertThat(differs).as("flag of seed %s draw %s", row[0], row[2]).isEqualTo(numpy != crlog);
            if (differs) {
                flagged++;
                assertThat(row[1]).startsWith("long-normal");
                assertThat(Math.abs(numpy - crlog)).as("seed %s draw %s", row[0], row[2])
                        .isLessThanOrEqualTo(4 * Math.ulp(crlog));
            }
        }
        // Measured: 64 of the long run's 200,000 draws (0.032%, at most 2 ulp apart), none elsewhere; glibc's
        // log is off on about 0.08% of inputs and the sqrt often absorbs a 1-ulp difference.
        assertThat(flagged).isBetween(1, 100);
    }

    @Test
    void rejectsSeedsOutsideNumpysRange() {
        assertThatThrownBy(() -> new NumpyRandomState(-1)).hasMessageContaining("2^32 - 1");
        assertThatThrownBy(() -> new NumpyRandomState(1L << 32)).hasMessageContaining("2^32 - 1");
    }

    private static double draw(NumpyRandomState random, String call) {
        if (call.equals("random_sample")) {
            return random.randomSample();
        }
        String[] args = call.substring(call.indexOf('(') + 1, call.length() - 1).split(";");
        double a = Double.parseDouble(args[0]);
        double b = Double.parseDouble(args[1]);
        return call.startsWith("uniform") ? random.uniform(a, b) : random.normal(a, b);
    }
}
