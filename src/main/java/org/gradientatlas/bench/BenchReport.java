package org.gradientatlas.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's results: warm per-recipe timings and the cold runs, as JSON and as a short table. */
public record BenchReport(int runs, List<RecipeTiming> recipes, ColdRun.Result cold, ColdRun.Result rerun,
                          String javaVersion, int processors) {

    public long totalSvgBytes() {
        return recipes.stream().mapToLong(RecipeTiming::svgBytes).sum();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runs", runs);
        root.put("java", javaVersion);
        root.put("processors", processors);
        root.put("recipes", recipes);
        root.put("totalSvgBytes", totalSvgBytes());
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
        appendCold(text, "cold render --all (fresh JVM)", cold);
        appendCold(text, "render --all again (same output)", rerun);
        return text.toString();
    }

    private static void appendCold(StringBuilder text, String label, ColdRun.Result run) {
        if (run != null) {
            text.append(String.format(Locale.ROOT, "%-40s %,10.0f ms, peak RSS %,d KiB%s%n", label, run.wallMillis(),
                    run.peakKib(), run.exitStatus() == 0 ? "" : " (exit status " + run.exitStatus() + ")"));
        }
    }
}
