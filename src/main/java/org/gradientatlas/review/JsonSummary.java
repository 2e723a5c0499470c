package org.gradientatlas.review;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.output.JsonText;

/**
 * The summary as JSON for scripts and bots: keys always in the order of docs/review-in-ci.md, numbers as the
 * shortest text that reads back to the same double (as the figures' data files write them), null for "none".
 */
public final class JsonSummary {
    private JsonSummary() {
    }

    /** True for a text this class wrote (its first key and the review page's), which diff may overwrite. */
    public static boolean wrote(String text) {
        return text.startsWith("{\n  \"before\": ") && text.contains("\n  \"reviewPage\": ");
    }

    public static String write(ReviewSummary summary) {
        return JsonText.of(true, json -> {
            json.writeStartObject();
            json.writeStringField("before", summary.before());
            json.writeStringField("after", summary.after());
            json.writeStringField("reviewPage", summary.pageLink());
            json.writeObjectFieldStart("counts");
            for (FigureChange.Kind kind : FigureChange.Kind.values()) {
                json.writeNumberField(kind.name().toLowerCase(java.util.Locale.ROOT), summary.counts().get(kind));
            }
            json.writeEndObject();
            json.writeArrayFieldStart("figures");
            for (SummaryRow row : summary.rows()) {
                writeRow(json, row);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unchanged");
            for (String id : summary.unchanged()) {
                json.writeString(id);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeRow(JsonGenerator json, SummaryRow row) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", row.id());
        json.writeStringField("status", row.status());
        number(json, "rmsDifference", row.rms());
        number(json, "changedPixelShare", row.changedPixelShare());
        json.writeFieldName("largestMetricChange");
        MetricChange metric = row.largestMetric();
        if (metric == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("name", metric.name());
            number(json, "before", MetricChange.value(metric.before()));
            number(json, "after", MetricChange.value(metric.after()));
            number(json, "absoluteChange", metric.absoluteChange());
            json.writeEndObject();
        }
        json.writeStringField("link", row.link());
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, Double value) throws IOException {
        json.writeFieldName(name);
        if (value == null || !Double.isFinite(value)) {
            json.writeNull();
        } else {
            json.writeNumber(Numbers.shortest(value));
        }
    }
}
