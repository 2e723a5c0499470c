package org.gradientatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.bench.BenchReport;
import org.gradientatlas.bench.ChildJvm;
import org.gradientatlas.bench.ColdRun;
import org.gradientatlas.bench.RecipeTimer;
import org.gradientatlas.bench.RecipeTiming;
import org.gradientatlas.output.AtomicFiles;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: warm compute and render time per recipe, a cold {@code render --all}, peak memory, SVG bytes. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Times every recipe warm (compute and render, median of --runs), then render --all in a fresh"
                + " JVM (wall time and peak resident memory) and once more into the same directory."})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = OptionValues.Runs.class,
            description = "Warm runs per recipe (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the results as JSON to FILE (default: none, the table only).")
    Path json;

    @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "1", converter = OptionValues.ColdRuns.class,
            description = "Runs of render --all in a fresh JVM, 0 for none (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--child-jvm-option", paramLabel = "OPTION",
            description = "A JVM option for the fresh JVM (repeatable), e.g. -XX:SharedArchiveFile=app.jsa (default: none).")
    List<String> childOptions = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (json != null) {
            ReportFile.check("--json", json, BenchReport.JSON_START);
        }
        RecipeTimer timer = new RecipeTimer(runs);
        List<RecipeTiming> timings = new ArrayList<>();
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            timings.add(timer.time(recipe));
        }
        List<ColdRun.Result> cold = new ColdRun(new ChildJvm(childOptions)).renderAll(coldRuns);
        ColdRun.Result rerun = cold.isEmpty() ? null : cold.remove(cold.size() - 1);
        BenchReport report = new BenchReport(runs, timings, cold, rerun, Runtime.version().toString(),
                Runtime.getRuntime().availableProcessors());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(report.table());
        stdout.flush();
        if (json != null) {
            AtomicFiles.write(json, report.json());
        }
        boolean failed = cold.stream().anyMatch(r -> r.exitStatus() != 0) || rerun != null && rerun.exitStatus() != 0;
        return failed ? 1 : 0;
    }
}
