package org.gradientatlas.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's results: warm per-recipe timings and the cold runs, as JSON and as a short table. */
public record BenchReport(int runs, List<RecipeTiming> recipes, List<ColdRun.Result> cold, ColdRun.Result rerun,
                          String javaVersion, int processors) {

    /** The median wall time of the cold runs, or NaN without any. */
    public double coldMedianMillis() {
        return cold.isEmpty() ? Double.NaN
                : RecipeTimer.median(cold.stream().mapToDouble(ColdRun.Result::wallMillis).toArray());
    }

    /** The highest peak resident memory of the cold runs and the rebuild, KiB. */
    public long peakKib() {
        long peak = cold.stream().mapToLong(ColdRun.Result::peakKib).max().orElse(-1);
        return rerun == null ? peak : Math.max(peak, rerun.peakKib());
    }

    public long totalSvgBytes() {
        return recipes.stream().mapToLong(RecipeTiming::svgBytes).sum();
    }

    /** How every report's JSON starts, white space aside, so that a file of ours is told from a user's. */
    public static final String JSON_START = "{\"runs\":";

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runs", runs);
        root.put("java", javaVersion);
        root.put("processors", processors);
        root.put("recipes", recipes);
        root.put("totalSvgBytes", totalSvgBytes());
        root.put("coldRenderAllMedianMillis", cold.isEmpty() ? null : coldMedianMillis());
        root.put("peakKib", cold.isEmpty() ? null : peakKib());
        root.put("coldRenderAll", cold);
        root.put("rerunRenderAll", rerun);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String table() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-40s %12s %12s %12s%n", "recipe",
                "compute ms", "render ms", "SVG bytes"));
        for (RecipeTiming r : recipes) {
            text.append(String.format(Locale.ROOT, "%-40s %12.1f %12.1f %,12d%n", r.id(), r.computeMillis(),
                    r.renderMillis(), r.svgBytes()));
        }
        text.append(String.format(Locale.ROOT, "%-40s %12.1f %12.1f %,12d%n", "total (warm medians of " + runs + ")",
                recipes.stream().mapToDouble(RecipeTiming::computeMillis).sum(),
                recipes.stream().mapToDouble(RecipeTiming::renderMillis).sum(), totalSvgBytes()));
        if (!cold.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%-40s %,10.0f ms (median of %d), peak RSS %,d KiB%n",
                    "cold render --all (fresh JVM)", coldMedianMillis(), cold.size(), peakKib()));
            text.append(String.format(Locale.ROOT, "%-40s %,10.0f ms%n", "render --all again (same output)",
                    rerun.wallMillis()));
        }
        return text.toString();
    }
}
