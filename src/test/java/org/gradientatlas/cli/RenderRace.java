package org.gradientatlas.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.gradientatlas.figure.SizePreset;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.render.FigureOutputs;
import org.gradientatlas.render.OutputFormat;
import org.gradientatlas.render.ParallelRenderer;
import org.gradientatlas.render.RenderJob;
import org.gradientatlas.render.RenderOptions;

/**
 * A harness that makes a render race likely and catches it: all figures rendered again and again as
 * {@code render --all} renders them (a {@link ParallelRenderer}, one pipeline per thread), on 1 to 8 threads, in a
 * shuffled order each round, with the drawing warm-up still running in round 1 or without it, beside busy threads
 * and other users of Batik; every file compared byte for byte with its golden file. A difference is kept (both
 * files) and its first differing element printed. {@code tools/render-race} runs it in many JVMs.
 */
public final class RenderRace {
    /** What a run did; a render is one figure, each of its files compared (SVG and JSON with figures/). */
    record Result(int rounds, long renders, List<GoldenBytes.Difference> differences, Duration elapsed,
                  Duration firstDifferenceAfter, long rendersToFirstDifference) {
        long differingBytes() {
            return differences.stream().mapToLong(GoldenBytes.Difference::differingBytes).sum();
        }

        String summary() {
            return "render-race: rounds=" + rounds + " renders=" + renders + " differing-files=" + differences.size()
                    + " differing-bytes=" + differingBytes() + " seconds=" + seconds(elapsed)
                    + (firstDifferenceAfter == null ? "" : " first-difference-after-seconds="
                    + seconds(firstDifferenceAfter) + " first-difference-after-renders=" + rendersToFirstDifference);
        }

        private static String seconds(Duration d) {
            return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
        }
    }

    private final RaceSettings settings;
    private final GoldenBytes golden;
    private final long start = System.nanoTime();
    private final List<GoldenBytes.Difference> differences = new ArrayList<>();
    private long renders;
    private Duration firstAfter;
    private long rendersToFirst;

    private RenderRace(RaceSettings settings) {
        this.settings = settings;
        this.golden = new GoldenBytes(settings.golden(), RecipeRegistry.ids(), settings.keep());
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        RaceSettings settings = RaceSettings.parse(args);
        System.out.println("render-race: " + settings);
        Result result = run(settings);
        System.out.println(result.summary());
        System.exit(result.differences().isEmpty() ? 0 : 1);
    }

    static Result run(RaceSettings settings) throws InterruptedException {
        return new RenderRace(settings).rounds();
    }

    private Result rounds() throws InterruptedException {
        List<RenderJob<?>> jobs = new ArrayList<>(RecipeRegistry.all().stream()
                .<RenderJob<?>>map(RenderJob::ofDefaults).toList());
        Random order = new Random(settings.shuffleSeed());
        long deadline = start + settings.budget().toNanos();
        int round = 0;
        try (CompetingLoad load = new CompetingLoad(settings.loadThreads(), settings.batikOnce(),
                settings.batikUser())) {
            if (settings.warmUp()) {
                DrawingWarmUp.startFor(new String[] {"render"});
            }
            if (!settings.formats().equals(List.of(OutputFormat.SVG))) {
                golden.addReferences(render(jobs, 1));
            }
            while (round < settings.rounds() && System.nanoTime() < deadline
                    && !(settings.stopAtFirst() && firstAfter != null)) {
                int threads = settings.threads()[round % settings.threads().length];
                Collections.shuffle(jobs, order);
                List<FigureOutputs> outputs = render(jobs, threads);
                compare(outputs, "pid" + ProcessHandle.current().pid() + "-round" + round + "-" + threads + "threads");
                round++;
            }
        }
        return new Result(round, renders, List.copyOf(differences), Duration.ofNanos(System.nanoTime() - start),
                firstAfter, rendersToFirst);
    }

    private List<FigureOutputs> render(List<RenderJob<?>> jobs, int threads) {
        return new ParallelRenderer(RenderOptions.of(settings.formats(), SizePreset.DEFAULT), threads)
                .render(List.copyOf(jobs), (job, timed) -> { });
    }

    private void compare(List<FigureOutputs> outputs, String label) {
        for (FigureOutputs figure : outputs) {
            renders++;
            List<GoldenBytes.Difference> found = golden.compare(figure, label);
            if (!found.isEmpty() && firstAfter == null) {
                firstAfter = Duration.ofNanos(System.nanoTime() - start);
                rendersToFirst = renders;
            }
            found.forEach(d -> System.out.println("render-race: DIFFERENCE in " + label + ", " + d));
            differences.addAll(found);
        }
    }
}
