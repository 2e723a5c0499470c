package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;

/**
 * The render-race harness ({@link RenderRace}), bounded to about a minute: every figure rendered on 1 to 8 threads
 * in this JVM and in fresh JVMs, under the conditions that once made two threads write different bytes, equals its
 * golden file byte for byte. With the bug that did reintroduced (a DecimalFormat clone sharing its digit buffer),
 * the in-JVM part caught it in its first round in 3 of 4 runs on a loaded machine (docs/concurrency.md).
 * {@code tools/render-race} is the long run.
 */
class RenderRaceIT {
    private static final Path KEEP = Path.of("target", "render-race-it");
    private static final int FIGURES = RecipeRegistry.ids().size();

    /** After whatever ran before in this JVM, with Batik's shared format used once and all along, and a busy thread. */
    @Test
    void figuresRenderedOnOneToEightThreadsInThisJvmAreTheGoldenBytes() throws Exception {
        RenderRace.Result result = RenderRace.run(RaceSettings.parse("--threads", "8,2,1,3,4,5,6,7", "--rounds", "8",
                "--seconds", "20", "--load", "1", "--batik-once", "--batik-user", "--keep", KEEP.toString()));
        System.out.println(result.summary());
        assertThat(result.renders()).isGreaterThanOrEqualTo(FIGURES);
        assertThat(result.differences()).as(result.summary()).isEmpty();
    }

    /** Three fresh JVMs at once, two starting to render while the drawing warm-up still runs, one without it. */
    @Test
    void freshJvmsRenderingWhileTheWarmUpRunsWriteTheGoldenBytes() throws Exception {
        List<List<String>> runs = List.of(
                List.of("--threads", "8", "--shuffle-seed", "2"),
                List.of("--threads", "2", "--load", "1", "--shuffle-seed", "3"),
                List.of("--threads", "3", "--no-warm-up", "--batik-once", "--shuffle-seed", "4"));
        Files.createDirectories(KEEP);
        List<Process> children = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Path log = KEEP.resolve("child-" + i + ".log");
            logs.add(log);
            children.add(new ProcessBuilder(command(runs.get(i))).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start());
        }
        for (int i = 0; i < children.size(); i++) {
            Process child = children.get(i);
            if (!child.waitFor(3, TimeUnit.MINUTES)) {
                child.destroyForcibly();
            }
            String output = Files.readString(logs.get(i));
            assertThat(child.exitValue()).as("child %s %s:%n%s", i, runs.get(i), output).isZero();
            assertThat(output).contains("renders=" + FIGURES + " differing-files=0 differing-bytes=0");
        }
    }

    private static List<String> command(List<String> options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                RenderRace.class.getName(), "--rounds", "1", "--keep", KEEP.toString()));
        command.addAll(options);
        return command;
    }
}
