package org.gradientatlas.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientatlas.review.SummaryChanges.changed;
import static org.gradientatlas.review.SummaryChanges.of;
import static org.gradientatlas.review.SummaryChanges.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON summary parsed back: the documented keys in their order, exact numbers, null for "none". */
class JsonSummaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<FigureChange> changes = List.of(
            changed("curve", 0.1 + 0.2, 1e-7, value("metrics.loss", "1", "1.5"), value("title", "a", "b")),
            of("fresh", FigureChange.Kind.ADDED), of("same", FigureChange.Kind.UNCHANGED));

    private String json() {
        return JsonSummary.write(ReviewSummary.of("git origin/main:figures", "figures", changes, "index.html"));
    }

    @Test
    void parsesBackWithTheDocumentedKeysInOrder() throws Exception {
        JsonNode root = JSON.readTree(json());
        assertThat(names(root)).containsExactly("before", "after", "reviewPage", "counts", "figures", "unchanged");
        assertThat(root.get("before").asText()).isEqualTo("git origin/main:figures");
        assertThat(root.get("reviewPage").asText()).isEqualTo("index.html");
        assertThat(names(root.get("counts"))).containsExactly("changed", "added", "removed", "unchanged");
        assertThat(root.get("counts").get("changed").asInt()).isEqualTo(1);
        assertThat(root.get("counts").get("unchanged").asInt()).isEqualTo(1);
        JsonNode curve = root.get("figures").get(0);
        assertThat(names(curve)).containsExactly("id", "status", "rmsDifference", "changedPixelShare",
                "largestMetricChange", "link");
        assertThat(curve.get("status").asText()).isEqualTo("changed");
        assertThat(curve.get("rmsDifference").asDouble()).isEqualTo(0.1 + 0.2);
        assertThat(curve.get("changedPixelShare").asDouble()).isEqualTo(1e-7);
        JsonNode metric = curve.get("largestMetricChange");
        assertThat(names(metric)).containsExactly("name", "before", "after", "absoluteChange");
        assertThat(metric.get("name").asText()).isEqualTo("loss");
        assertThat(metric.get("absoluteChange").asDouble()).isEqualTo(0.5);
        assertThat(curve.get("link").asText()).isEqualTo("index.html#figure-curve");
        JsonNode fresh = root.get("figures").get(1);
        assertThat(fresh.get("rmsDifference").isNull()).isTrue();
        assertThat(fresh.get("largestMetricChange").isNull()).isTrue();
        assertThat(root.get("figures")).hasSize(2);
        assertThat(root.get("unchanged").get(0).asText()).isEqualTo("same");
    }

    @Test
    void theMetricChangeIsExactInJson() throws Exception {
        List<FigureChange> moved = List.of(changed("c", 1, 0.5, value("metrics.top", "1", "1.2")));
        String json = JsonSummary.write(ReviewSummary.of("a", "b", moved, "index.html"));
        assertThat(JSON.readTree(json).get("figures").get(0).get("largestMetricChange").get("absoluteChange")
                .asDouble()).isEqualTo(1.2 - 1);
    }

    @Test
    void numbersAreTheShortestRoundTripTextAndTheOutputIsStable() {
        String json = json();
        assertThat(json).contains("\"rmsDifference\": 0.30000000000000004")
                .contains("\"changedPixelShare\": 1e-7").contains("\"absoluteChange\": 0.5")
                .doesNotContain("\r").endsWith("}\n");
        assertThat(json()).isEqualTo(json);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
