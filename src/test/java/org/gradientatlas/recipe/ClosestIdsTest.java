package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestIdsTest {
    private static final List<String> IDS = List.of("tango-fig1", "pathological-curvature-surface",
            "pathological-curvature-trajectories", "steep-optima-surface", "steep-optima-trajectories");

    @Test
    void levenshteinDistance() {
        assertThat(ClosestIds.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestIds.distance("", "abc")).isEqualTo(3);
        assertThat(ClosestIds.distance("same", "same")).isZero();
    }

    @Test
    void typosAndPrefixesFindTheClosestIds() {
        assertThat(ClosestIds.to("tango-fig2", IDS)).containsExactly("tango-fig1");
        assertThat(ClosestIds.to("steep-optima-surfce", IDS)).first().isEqualTo("steep-optima-surface");
        assertThat(ClosestIds.to("steep", IDS)).containsExactly("steep-optima-surface", "steep-optima-trajectories");
        assertThat(ClosestIds.to("Tango-Fig1", IDS)).containsExactly("tango-fig1");
    }

    @Test
    void nothingCloseSuggestsNothing() {
        assertThat(ClosestIds.to("banana", IDS)).isEmpty();
    }
}
