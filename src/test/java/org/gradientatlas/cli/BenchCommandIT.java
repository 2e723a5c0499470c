package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bench} prints a table of every recipe and writes the same numbers as JSON. */
class BenchCommandIT {
    @TempDir
    Path dir;

    @Test
    void warmTimingsOfEveryRecipeAsTableAndJson() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = GradientAtlasCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        Path json = dir.resolve("bench.json");
        assertThat(cli.execute("bench", "--runs", "1", "--cold-runs", "0", "--json", json.toString())).isZero();
        assertThat(out.toString()).contains("compute ms").contains("total (warm medians of 1)");
        RecipeRegistry.ids().forEach(id -> assertThat(out.toString()).contains(id));
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("recipes")).hasSize(RecipeRegistry.all().size());
        assertThat(report.get("recipes").get(0).get("svgBytes").asLong()).isPositive();
        assertThat(report.get("totalSvgBytes").asLong()).isPositive();
        assertThat(report.get("coldRenderAll")).isEmpty();
    }

    @Test
    void runsMustBePositive() {
        StringWriter err = new StringWriter();
        CommandLine cli = GradientAtlasCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("bench", "--runs", "0", "--cold-runs", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid value '0' for --runs: expected a whole number from 1 to 1000");
    }
}
