package org.gradientatlas.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gradientatlas.ReferenceCsv;
import org.junit.jupiter.api.Test;

/** Compares every draw with numpy 1.24's RandomState (reference/numpy-random-state.csv). */
class NumpyRandomStateTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/numpy-random-state.csv");

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
                double expected = Double.parseDouble(row[3]);
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
            assertThat(value).as("normal draw %d", index).isEqualTo(Double.parseDouble(row[3]));
        }
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
