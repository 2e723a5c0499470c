package org.gradientatlas.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataComparisonTest {

    @Test
    void reportsChangedMetricsAndHowFarEachColumnMoved() {
        DataComparison c = DataComparison.of(json("{\"seed\":1,\"metrics\":{\"convergedAtSgd\":57231,\"k\":1},"
                + "\"series\":{\"sgd\":{\"step\":[0,1,2],\"mu\":[0,0.5,1]}}}"),
                json("{\"seed\":1,\"metrics\":{\"convergedAtSgd\":57240,\"k\":1},"
                + "\"series\":{\"sgd\":{\"step\":[0,1,2],\"mu\":[0,0.25,1.5]}}}"));
        assertThat(c.values()).containsExactly(new DataComparison.ValueChange("metrics.convergedAtSgd", "57231", "57240"));
        assertThat(c.columns()).containsExactly(new DataComparison.ColumnChange("sgd.mu", 3, 3, 0.5));
    }

    @Test
    void gridsAreComparedAsAWhole() {
        DataComparison c = DataComparison.of(json("{\"grids\":{\"loss\":{\"x\":[0,1],\"y\":[0],\"z\":[[1,2]]}}}"),
                json("{\"grids\":{\"loss\":{\"x\":[0,1],\"y\":[0],\"z\":[[1,2.125]]}}}"));
        assertThat(c.columns()).containsExactly(new DataComparison.ColumnChange("grids.loss.z", 2, 2, 0.125));
    }

    @Test
    void malformedJsonIsACleanError() {
        assertThatThrownBy(() -> DataComparison.of(json("{}"), json("{\"a\":")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after data file is not valid JSON");
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
