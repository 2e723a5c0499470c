package org.gradientatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.gradientatlas.bench.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL (Process.destroyForcibly) of {@code render --all} and {@code site} in a child JVM at seeded moments spread
 * over a clean run's measured duration. After every kill each visible file is a whole figure, old or new (temporary
 * files are hidden and removed by the next run), the site is the old one or the new one, never a mix; a rerun then
 * gives exactly a clean run's files. Heavy (several child JVMs): tagged "crash", an end-to-end suite of {@code mvn verify}.
 */
@Tag("crash")
class CrashSafetyIT {
    private static final long SEED = 20_261_201L;
    private static final int RENDER_KILLS = Integer.getInteger("crash.renderKills", 5);
    private static final int SITE_KILLS = Integer.getInteger("crash.siteKills", 3);
    /**
     * C1 only: the children start writing sooner on a busy machine; what they write is the same. Their temp dir is
     * ours: Java copies the bundled font to a temp file that only a normal exit deletes, and these children are killed.
     */
    private ChildJvm jvm() throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        return new ChildJvm(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp));
    }

    @TempDir
    Path dir;

    @Test
    void killedRenderAllLeavesOnlyWholeFiguresAndARerunEqualsACleanRun() throws Exception {
        Path clean = dir.resolve("clean");
        long millis = runToEnd(render(clean));
        Map<String, String> fresh = OutputTree.digests(clean);
        Path out = dir.resolve("figures");
        Map<String, String> old = OldOutputs.figures(clean, out);
        for (long delay : killTimes(millis, RENDER_KILLS, new Random(SEED))) {
            killAfter(render(out), delay);
            Map<String, String> now = OutputTree.visible(OutputTree.digests(out));
            OutputTree.assertFiguresWhole(out);
            now.forEach((name, digest) -> assertThat(digest).as(name + " after a kill at " + delay + " ms")
                    .isIn(old.get(name), fresh.get(name)));
        }
        runToEnd(render(out));
        assertThat(OutputTree.digests(out)).as("a rerun after kills, hidden files included").isEqualTo(fresh);
    }

    @Test
    void killedSiteLeavesTheOldOrTheNewSiteAndARerunEqualsACleanRun() throws Exception {
        Path clean = dir.resolve("clean-site");
        long millis = runToEnd(site(clean));
        Map<String, String> fresh = OutputTree.digests(clean);
        Path out = dir.resolve("sites").resolve("site");
        for (long delay : killTimes(millis, SITE_KILLS, new Random(SEED + 1))) {
            Map<String, String> old = OldOutputs.site(clean, out);
            killAfter(site(out), delay);
            Map<String, String> now = OutputTree.digests(out);
            assertThat(now.equals(old) || now.equals(fresh)).as("after a kill at " + delay + " ms the site is the old"
                    + " or the new one; differing files: " + differing(now, old, fresh)).isTrue();
        }
        runToEnd(site(out));
        assertThat(OutputTree.digests(out)).isEqualTo(fresh);
        try (var siblings = Files.list(out.getParent())) {
            assertThat(siblings).as("no staging directories left").containsExactly(out);
        }
    }

    /** {@code count} moments, one in each equal slice of [10%, 100%) of the run, at a seeded place in it. */
    static List<Long> killTimes(long runMillis, int count, Random random) {
        List<Long> times = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double share = 0.1 + 0.9 * (k + random.nextDouble()) / count;
            times.add(Math.round(share * runMillis));
        }
        return times;
    }

    private static List<String> render(Path out) {
        return List.of("render", "--all", "--out", out.toString());
    }

    private static List<String> site(Path out) {
        return List.of("site", "--out", out.toString());
    }

    private long runToEnd(List<String> args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path log = dir.resolve("child.log");
        Process child = jvm().start(args, log);
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("child finished").isTrue();
        assertThat(child.exitValue()).as(String.join(" ", args) + ": " + Files.readString(log)).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void killAfter(List<String> args, long delayMillis) throws IOException, InterruptedException {
        Process child = jvm().start(args, dir.resolve("killed.log"));
        if (!child.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
            child.destroyForcibly();
        }
        child.waitFor();
    }

    private static List<String> differing(Map<String, String> now, Map<String, String> old, Map<String, String> fresh) {
        Map<String, String> diff = new TreeMap<>(now);
        diff.entrySet().removeIf(e -> e.getValue().equals(old.get(e.getKey())) || e.getValue().equals(fresh.get(e.getKey())));
        List<String> names = new ArrayList<>(diff.keySet());
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> names.add("missing " + k));
        return names.size() > 10 ? names.subList(0, 10) : names;
    }
}
