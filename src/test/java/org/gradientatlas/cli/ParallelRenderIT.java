package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering on several threads gives the same files, byte for byte, as rendering on one. */
class ParallelRenderIT {
    @TempDir
    Path dir;

    @Test
    void twoThreadsWriteTheSameBytesAsOne() throws Exception {
        CommandLineRun cli = new CommandLineRun();
        for (String threads : new String[] {"1", "2"}) {
            assertThat(cli.run("render", "--all", "--threads", threads, "--format", "svg,png,pdf",
                    "--set", "maxIters=20000", "--out",
                    dir.resolve(threads).toString(), "--cache", dir.resolve("cache" + threads).toString()))
                    .as(cli.err.toString()).isZero();
        }
        List<String> names = names(dir.resolve("1"));
        assertThat(names).hasSize(RecipeRegistry.ids().size() * 4).isEqualTo(names(dir.resolve("2")));
        for (String name : names) {
            byte[] one = Files.readAllBytes(dir.resolve("1").resolve(name));
            byte[] two = Files.readAllBytes(dir.resolve("2").resolve(name));
            if (!java.util.Arrays.equals(one, two)) {
                keep(name);
            }
            assertThat(two).as("%s differs: %s", name, firstDifference(one, two)).isEqualTo(one);
        }
    }

    /** Keeps both versions of a differing figure under target/ for a look after the run (the temp dir goes). */
    private void keep(String name) throws java.io.IOException {
        Path kept = Path.of("target", "parallel-render-difference");
        String id = name.substring(0, name.indexOf('.'));
        for (String threads : new String[] {"1", "2"}) {
            Files.createDirectories(kept.resolve(threads));
            try (Stream<Path> files = Files.list(dir.resolve(threads))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(id + ".")).toList()) {
                    Files.copy(file, kept.resolve(threads).resolve(file.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        System.err.println("ParallelRenderIT: both versions of " + id + " kept in " + kept.toAbsolutePath());
    }

    /** Where two files part, with some text around it: a byte-array dump would hide the place (seen once in CI). */
    private static String firstDifference(byte[] one, byte[] two) {
        int at = java.util.Arrays.mismatch(one, two);
        if (at < 0) {
            return "none";
        }
        int from = Math.max(0, at - 160);
        return "at byte " + at + " of " + one.length + " / " + two.length + "; one thread: ..."
                + new String(one, from, Math.min(one.length, at + 80) - from, java.nio.charset.StandardCharsets.UTF_8)
                + "\ntwo threads: ..."
                + new String(two, from, Math.min(two.length, at + 80) - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
