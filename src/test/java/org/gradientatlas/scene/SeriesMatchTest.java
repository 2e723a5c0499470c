package org.gradientatlas.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gradientatlas.figure.Series;
import org.junit.jupiter.api.Test;

class SeriesMatchTest {
    private static final Series RUN = Series.builder().column("step", new double[] {0, 1, 2, 3})
            .column("w1", new double[] {5, 4, 3, 2}).column("w2", new double[] {1, 1, 0.5, 0.25})
            .column("loss", new double[] {9, 4, 1, 0}).build();

    private static Map<String, Series> series(Object... namesAndSeries) {
        Map<String, Series> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSeries.length; i += 2) {
            map.put((String) namesAndSeries[i], (Series) namesAndSeries[i + 1]);
        }
        return map;
    }

    @Test
    void aPathDrawnFromTwoColumnsFindsItsRowsEvenWithGapsAndSkippedRows() {
        SeriesMatch match = SeriesMatch.find(series("run", RUN), new double[] {5, Double.NaN, 3, 2},
                new double[] {1, 0, 0.5, 0.25});
        assertThat(match.series()).isEqualTo("run");
        assertThat(match.rows()).containsExactly(0, -1, 2, 3);
    }

    @Test
    void aSeriesThatKeepsEveryOtherPointOfALongRunIsFoundAmongTheLinesPoints() {
        Series thinned = Series.builder().column("step", new double[] {0, 2}).column("mu", new double[] {5, 3})
                .column("sigma", new double[] {1, 0.5}).build();
        SeriesMatch match = SeriesMatch.find(series("other", thinnedOther(), "run", thinned), new double[] {5, 4, 3},
                new double[] {1, 1, 0.5});
        assertThat(match.series()).isEqualTo("run");
        assertThat(match.rows()).containsExactly(0, -1, 1);
        assertThat(match.kept(new boolean[] {false, false, true}).rows()).containsExactly(0, 1);
    }

    private static Series thinnedOther() {
        return Series.builder().column("a", new double[] {7, 8}).build();
    }

    @Test
    void aLossHistoryMatchesRowByRowOnlyWhenOneSeriesFits() {
        double[] step = {0, 1, 2, 3};
        double[] distance = {5, 4.5, 4, 3.5};
        assertThat(SeriesMatch.find(series("run", RUN), step, distance).rows()).containsExactly(0, 1, 2, 3);
        assertThat(SeriesMatch.find(series("a", RUN, "b", RUN), step, distance)).as("ambiguous").isNull();
        assertThat(SeriesMatch.find(series("run", RUN), new double[] {7, 8}, new double[] {1, 2})).isNull();
    }
}
