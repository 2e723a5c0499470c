package org.gradientatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.gradientatlas.bench.ChildJvm;
import org.gradientatlas.cli.GradientAtlasCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --format svg,png,pdf} into a folder of an earlier run, killed (SIGKILL, SIGTERM, SIGINT in turn) in
 * its write phase: the k-th kill waits until k/KILLS of the files are new, so the kills spread over the whole phase
 * and land inside figure sets. Right after each kill every visible file is whole (old or new); after the next
 * command's start (an in-process {@code diff}) no hidden file is left and each figure's four files are all old or
 * all new. A rerun then gives exactly a clean run's files. Heavy (child JVMs): tagged "crash".
 */
@Tag("crash")
class InterruptedFigureSetsIT {
    private static final List<String> IDS = List.of("perceptron-dataset", "gd-1d-quadratic", "tango-fig1");
    private static final List<String> EXTENSIONS = List.of("json", "svg", "png", "pdf");
    private static final int KILLS = Integer.getInteger("crash.setKills", 6);
    private static final List<String> SIGNALS = List.of("KILL", "TERM", "INT");

    @TempDir
    Path dir;

    @Test
    void afterAnyKillInTheWritePhaseAndTheNextStartEachFigureIsWhollyOldOrWhollyNew() throws Exception {
        Path clean = dir.resolve("clean");
        runToEnd(render(clean));
        Map<String, byte[]> fresh = files(clean);
        assertThat(fresh).hasSize(IDS.size() * EXTENSIONS.size());
        Map<String, byte[]> old = new TreeMap<>();
        fresh.forEach((name, bytes) -> old.put(name, Arrays.copyOf(bytes, bytes.length + 1))); // old: one byte more
        Path out = dir.resolve("figures");
        int caughtHalfway = 0;
        for (int k = 0; k < KILLS; k++) {
            String signal = SIGNALS.get(k % SIGNALS.size());
            reset(out, old);
            Process child = jvm().start(render(out), dir.resolve("killed.log"));
            waitForNewFiles(child, out, fresh, k * fresh.size() / KILLS);
            send(child, signal);
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
            String when = "after SIG" + signal + " " + k;
            Map<String, byte[]> killed = files(out);
            killed.forEach((name, bytes) -> assertThat(bytes).as(name + " " + when).isIn(old.get(name), fresh.get(name)));
            assertThat(hidden(out)).as("hidden files " + when).allMatch(n -> n.endsWith(".tmp") || n.endsWith(".journal"));
            assertThat(GradientAtlasCommand.commandLine().execute("diff", out.toString(), out.toString(), "--out",
                    dir.resolve("review").toString())).as("the next command").isZero();
            assertThat(hidden(out)).as("hidden files after the next start, " + when).isEmpty();
            Map<String, byte[]> repaired = files(out);
            List<String> sides = new ArrayList<>();
            for (String id : IDS) {
                List<String> side = EXTENSIONS.stream().map(ext -> id + "." + ext).map(name -> Arrays.equals(
                        repaired.get(name), fresh.get(name)) ? "new" : Arrays.equals(repaired.get(name), old.get(name))
                        ? "old" : "neither").distinct().toList();
                assertThat(side).as(id + "'s files " + when + " and the next start").hasSize(1).doesNotContain("neither");
                sides.add(side.get(0));
            }
            if (sides.contains("old") && sides.contains("new") || !sameSides(killed, old, fresh)) {
                caughtHalfway++;
            }
        }
        assertThat(caughtHalfway).as("kills that caught the write phase halfway").isPositive();
        runToEnd(render(out));
        assertThat(files(out)).as("a rerun").containsOnlyKeys(fresh.keySet())
                .allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(fresh.get(name)));
        assertThat(hidden(out)).isEmpty();
    }

    /** Whether every figure's visible files were all old or all new right after the kill. */
    private static boolean sameSides(Map<String, byte[]> killed, Map<String, byte[]> old, Map<String, byte[]> fresh) {
        return IDS.stream().allMatch(id -> EXTENSIONS.stream().map(ext -> id + "." + ext)
                .map(name -> Arrays.equals(killed.get(name), fresh.get(name))).distinct().count() == 1);
    }

    /** Until {@code count} files are new (or, for 0, the first file is staged), or the child has ended. */
    private static void waitForNewFiles(Process child, Path out, Map<String, byte[]> fresh, int count)
            throws IOException {
        while (child.isAlive()) {
            if (count == 0 ? !hidden(out).isEmpty() : newFiles(out, fresh) >= count) {
                return;
            }
            LockSupport.parkNanos(200_000);
        }
    }

    /** New files are one byte shorter than old ones: their size tells them apart without reading them. */
    private static long newFiles(Path out, Map<String, byte[]> fresh) {
        return fresh.entrySet().stream().filter(f -> {
            try {
                return Files.size(out.resolve(f.getKey())) == f.getValue().length;
            } catch (IOException e) {
                return false;
            }
        }).count();
    }

    private static void send(Process child, String signal) throws IOException, InterruptedException {
        switch (signal) {
            case "KILL" -> child.destroyForcibly();
            case "TERM" -> child.destroy();
            default -> new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start().waitFor();
        }
    }

    private ChildJvm jvm() throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        return new ChildJvm(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp));
    }

    private List<String> render(Path out) {
        List<String> args = new ArrayList<>(List.of("render"));
        args.addAll(IDS);
        args.addAll(List.of("--format", "svg,png,pdf", "--force", "--quiet", "--out", out.toString(), "--cache",
                dir.resolve("cache").toString()));
        return args;
    }

    private void runToEnd(List<String> args) throws IOException, InterruptedException {
        Path log = dir.resolve("child.log");
        Process child = jvm().start(args, log);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();
        assertThat(child.exitValue()).as(String.join(" ", args) + ": " + Files.readString(log)).isZero();
    }

    private static void reset(Path out, Map<String, byte[]> files) throws IOException {
        OldOutputs.deleteTree(out);
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(out.resolve(file.getKey()), file.getValue());
        }
    }

    /** The visible files by name. */
    private static Map<String, byte[]> files(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(out)) {
            for (Path file : listing.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<String> hidden(Path out) throws IOException {
        try (Stream<Path> listing = Files.list(out)) {
            return listing.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }
}
