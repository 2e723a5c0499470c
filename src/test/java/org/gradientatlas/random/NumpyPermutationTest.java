package org.gradientatlas.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.gradientatlas.ReferenceCsv;
import org.junit.jupiter.api.Test;

/** permutation / shuffle / random_interval against numpy 1.24's legacy RandomState (reference/numpy-permutation.csv). */
class NumpyPermutationTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/numpy-permutation.csv");

    @Test
    void permutationsAndTheDrawsBetweenThemAreNumpys() {
        List<String> seeds = REFERENCE.rows().stream().map(r -> r[0]).distinct().toList();
        assertThat(seeds).hasSize(4);
        for (String seed : seeds) {
            NumpyRandomState random = new NumpyRandomState(Long.parseLong(seed));
            for (String[] row : REFERENCE.rows().stream().filter(r -> r[0].equals(seed)).toList()) {
                String call = row[1];
                int n = Integer.parseInt(call.substring(call.indexOf('(') + 1, call.length() - 1));
                double[] expected = Arrays.stream(row[2].split(";")).mapToDouble(Double::parseDouble).toArray();
                assertThat(call(random, call, n)).as("seed %s %s", seed, call).containsExactly(expected);
            }
        }
    }

    @Test
    void randomIntervalRejectsBoundsOutsideThirtyTwoBits() {
        NumpyRandomState random = new NumpyRandomState(0);
        assertThat(random.randomInterval(0)).isZero();
        assertThatThrownBy(() -> random.randomInterval(-1)).hasMessageContaining("2^32 - 1");
        assertThatThrownBy(() -> random.randomInterval(1L << 32)).hasMessageContaining("2^32 - 1");
        assertThatThrownBy(() -> random.permutation(-1)).hasMessageContaining("at least 0");
    }

    private static double[] call(NumpyRandomState random, String call, int n) {
        if (call.startsWith("permutation")) {
            return Arrays.stream(random.permutation(n)).asDoubleStream().toArray();
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = call.startsWith("normal") ? random.normal(0, 1) : random.randomSample();
        }
        return values;
    }
}
