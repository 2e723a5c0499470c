package org.gradientatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One command in a fresh JVM: its wall time from process start to exit, and its peak resident memory, the last
 * VmHWM (the kernel's high-water mark of resident memory) read from /proc/PID/status while it runs.
 */
public final class ColdRun {
    /** How often the child's VmHWM is read; the high-water mark only grows, so the last read is its peak. */
    private static final long SAMPLE_MILLIS = 10;

    public record Result(List<String> args, double wallMillis, long peakKib, int exitStatus) {
    }

    private final ChildJvm jvm;

    public ColdRun(ChildJvm jvm) {
        this.jvm = jvm;
    }

    public Result run(List<String> args, Path log) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process child = jvm.start(args, log);
        Path status = Path.of("/proc", Long.toString(child.pid()), "status");
        long peak = -1;
        while (!child.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMark(status));
        }
        double wall = (System.nanoTime() - start) / 1e6;
        return new Result(List.copyOf(args), wall, peak, child.exitValue());
    }

    /**
     * {@code render --all} {@code times} times, each into a fresh temporary directory, then once more into the
     * last one (what a rebuild over existing output costs); the directories are removed. The last result is that
     * rebuild.
     */
    public List<Result> renderAll(int times) throws IOException, InterruptedException {
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            Path out = Files.createTempDirectory("gradient-atlas-bench-");
            Path log = out.resolveSibling(out.getFileName() + ".log");
            try {
                List<String> args = List.of("render", "--all", "--out", out.toString());
                results.add(run(args, log));
                if (i == times - 1) {
                    results.add(run(args, log));
                }
            } finally {
                deleteTree(out);
                Files.deleteIfExists(log);
            }
        }
        return results;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** VmHWM in KiB, or -1 when it cannot be read (not Linux, or the process has just exited). */
    static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
