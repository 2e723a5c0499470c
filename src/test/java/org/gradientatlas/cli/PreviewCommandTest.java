package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview command's bad input: one line, status 2, nothing left behind, nothing overwritten. */
class PreviewCommandTest {
    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void aPortOutsideTheRangeIsRefused() {
        assertThat(cli.run("preview", "--port", "70000")).isEqualTo(2);
        assertThat(cli.err.toString()).isEqualTo("error: invalid value '70000' for --port: expected a whole number"
                + " from 0 (a free one) to 65535; see gradient-atlas preview --help" + System.lineSeparator());
    }

    @Test
    void aClassesDirectoryWithoutCompiledClassesIsRefusedAndItsTemporarySiteRemoved() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("classes"));
        List<Path> before = previewTempDirs();
        assertThat(cli.run("preview", "--classes", empty.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).startsWith("error: no compiled classes of Gradient Atlas in " + empty)
                .contains("run mvn compile first").hasLineCount(1);
        assertThat(previewTempDirs()).isEqualTo(before);
    }

    @Test
    void anOutputDirectoryHoldingOtherFilesIsRefusedAndLeftAsItWas() throws IOException {
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        assertThat(cli.run("preview", "--out", out.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("holds files an earlier preview did not make").hasLineCount(1);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.toList()).containsExactly(out.resolve("notes.txt"));
        }
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("keep me");
    }

    private static List<Path> previewTempDirs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("gradient-atlas-preview-")).sorted().toList();
        }
    }
}
