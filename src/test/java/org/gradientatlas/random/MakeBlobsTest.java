package org.gradientatlas.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gradientatlas.ReferenceCsv;
import org.junit.jupiter.api.Test;

/** make_blobs against Debian's scikit-learn (reference/make-blobs.csv): identical doubles, labels and order. */
class MakeBlobsTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/make-blobs.csv");

    @Test
    void pointsLabelsAndCentresAreSklearnsBitForBit() {
        List<String> runs = REFERENCE.rows().stream().map(r -> r[0] + "," + r[1]).distinct().toList();
        assertThat(runs).hasSize(4);
        for (String run : runs) {
            long seed = Long.parseLong(run.split(",")[0]);
            int samples = Integer.parseInt(run.split(",")[1]);
            MakeBlobs.Blobs blobs = MakeBlobs.make(new NumpyRandomState(seed), samples, 2, 2, 1.0, -4, 4);
            List<String[]> rows = REFERENCE.rows().stream().filter(r -> (r[0] + "," + r[1]).equals(run)).toList();
            assertThat(rows).hasSize(samples + 2);
            for (String[] row : rows) {
                int i = Integer.parseInt(row[3]);
                double[] expected = {Double.parseDouble(row[4]), Double.parseDouble(row[5])};
                if (row[2].equals("center")) {
                    assertThat(blobs.centers()[i]).as("seed %d centre %d", seed, i).containsExactly(expected);
                } else {
                    assertThat(blobs.points()[i]).as("seed %d sample %d", seed, i).containsExactly(expected);
                    assertThat(blobs.labels()[i]).as("seed %d label %d", seed, i).isEqualTo(Integer.parseInt(row[6]));
                }
            }
        }
    }

    @Test
    void oddCountsGiveTheFirstCentreTheExtraPoint() {
        MakeBlobs.Blobs blobs = MakeBlobs.make(new NumpyRandomState(7), 101, 2, 2, 1.0, -4, 4);
        assertThat(java.util.Arrays.stream(blobs.labels()).filter(l -> l == 0).count()).isEqualTo(51);
    }

    @Test
    void badParametersNameTheParameterAndTheAllowedRange() {
        NumpyRandomState random = new NumpyRandomState(0);
        assertThatThrownBy(() -> MakeBlobs.make(random, 0, 2, 2, 1, -4, 4)).hasMessageContaining("nSamples must be 1 to");
        assertThatThrownBy(() -> MakeBlobs.make(random, 10, 11, 2, 1, -4, 4)).hasMessageContaining("centers must be 1 to");
        assertThatThrownBy(() -> MakeBlobs.make(random, 10, 2, 2, -1, -4, 4)).hasMessageContaining("clusterStd");
        assertThatThrownBy(() -> MakeBlobs.make(random, 10, 2, 2, 1, 4, -4)).hasMessageContaining("centerBox");
    }
}
