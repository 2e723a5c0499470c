package org.gradientatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command in a fresh JVM: its exit status, wall time and peak resident memory are measured. */
class ColdRunIT {
    @TempDir
    Path dir;

    @Test
    void measuresAChildJvm() throws Exception {
        Path log = dir.resolve("list.log");
        ColdRun.Result result = new ColdRun(ChildJvm.plain()).run(List.of("list"), log);
        assertThat(result.exitStatus()).isZero();
        assertThat(Files.readString(log)).contains("tango-fig1");
        assertThat(result.wallMillis()).isPositive();
        // A JVM's resident set is some tens of MiB at least; -1 would mean /proc was never read.
        assertThat(result.peakKib()).isGreaterThan(10_000);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(RecipeTimer.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(RecipeTimer.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }
}
