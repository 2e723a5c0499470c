package org.gradientatlas.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientatlas.review.SummaryChanges.value;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricChangeTest {

    @Test
    void largestAbsoluteChangeAmongMetricsOnly() {
        DataComparison data = new DataComparison(List.of(
                value("params.a", "1", "100"),
                value("metrics.loss", "0.5", "0.25"),
                value("metrics.steps", "10", "11"),
                value("metrics.tiny", "1e-9", "2e-9")), List.of());
        MetricChange largest = MetricChange.largest(data).orElseThrow();
        assertThat(largest.name()).isEqualTo("steps");
        assertThat(largest.absoluteChange()).isEqualTo(1.0);
    }

    @Test
    void aMetricThatAppearsOrIsNotANumberCountsAsLargest() {
        DataComparison data = new DataComparison(List.of(
                value("metrics.loss", "0.5", "1000"),
                value("metrics.newOne", "(none)", "3")), List.of());
        MetricChange largest = MetricChange.largest(data).orElseThrow();
        assertThat(largest.name()).isEqualTo("newOne");
        assertThat(largest.absoluteChange()).isNull();
    }

    @Test
    void noMetricChangedIsEmpty() {
        assertThat(MetricChange.largest(new DataComparison(List.of(value("title", "a", "b")), List.of()))).isEmpty();
        assertThat(MetricChange.largest(null)).isEmpty();
    }
}
