package org.gradientatlas.review;

import java.util.Locale;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.text.JsonWriter;

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
        JsonWriter json = new JsonWriter(true).startObject();
        json.name("before").string(summary.before());
        json.name("after").string(summary.after());
        json.name("reviewPage").string(summary.pageLink());
        json.name("counts").startObject();
        for (FigureChange.Kind kind : FigureChange.Kind.values()) {
            json.name(kind.name().toLowerCase(Locale.ROOT)).number(summary.counts().get(kind));
        }
        json.endObject();
        json.name("figures").startArray();
        for (SummaryRow row : summary.rows()) {
            writeRow(json, row);
        }
        json.endArray();
        json.name("unchanged").startArray();
        for (String id : summary.unchanged()) {
            json.string(id);
        }
        return json.endArray().endObject().text();
    }

    private static void writeRow(JsonWriter json, SummaryRow row) {
        json.startObject();
        json.name("id").string(row.id());
        json.name("status").string(row.status());
        number(json, "rmsDifference", row.rms());
        number(json, "changedPixelShare", row.changedPixelShare());
        json.name("largestMetricChange");
        MetricChange metric = row.largestMetric();
        if (metric == null) {
            json.nullValue();
        } else {
            json.startObject();
            json.name("name").string(metric.name());
            number(json, "before", MetricChange.value(metric.before()));
            number(json, "after", MetricChange.value(metric.after()));
            number(json, "absoluteChange", metric.absoluteChange());
            json.endObject();
        }
        json.name("link").string(row.link());
        json.endObject();
    }

    private static void number(JsonWriter json, String name, Double value) {
        json.name(name);
        if (value == null || !Double.isFinite(value)) {
            json.nullValue();
        } else {
            json.number(Numbers.shortest(value));
        }
    }
}
