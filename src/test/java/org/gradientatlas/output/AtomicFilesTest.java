package org.gradientatlas.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes leave no temporary file, and clear up those a killed run left behind. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile() throws Exception {
        AtomicFiles.write(dir.resolve("a.svg"), "<svg/>");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("a.svg"));
        }
        assertThat(dir.resolve("a.svg")).hasContent("<svg/>");
    }

    @Test
    void removesTheTemporaryFilesOfDeadProcessesButNotOfLiveOnes() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path abandoned = Files.writeString(dir.resolve(".a.svg." + dead.pid() + "-1.tmp"), "<sv");
        long live = ProcessHandle.current().pid();
        Path writing = Files.writeString(dir.resolve(".a.svg." + live + "-999999.tmp"), "<sv");
        Path otherTarget = Files.writeString(dir.resolve(".b.svg." + dead.pid() + "-1.tmp"), "<sv");
        Path notOurs = Files.writeString(dir.resolve(".a.svg.notes.tmp"), "mine");
        AtomicFiles.write(dir.resolve("a.svg"), "<svg/>");
        assertThat(abandoned).doesNotExist();
        assertThat(writing).exists();
        assertThat(otherTarget).exists();
        assertThat(notOurs).exists();
    }
}
