package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An output directory that cannot be made (a regular file where a directory must be: chmod would not stop root)
 * gives one line naming the file in the way and no stack trace: exit status 2, bad input found before anything is
 * rendered or compared.
 */
class UnwritableOutputTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path file;

    @BeforeEach
    void aRegularFile() throws Exception {
        file = Files.writeString(dir.resolve("notes.txt"), "not a directory\n");
    }

    private int run(String... args) {
        CommandLine cli = GradientAtlasCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private void assertOneClearLine() {
        assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("error: ")
                .contains(file + " is a file, not a directory").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void renderIntoADirectoryUnderAFile() {
        assertThat(run("render", "pathological-curvature-trajectories", "--out", file.resolve("out").toString()))
                .isEqualTo(2);
        assertOneClearLine();
        assertThat(err.toString()).contains("--out " + file.resolve("out"));
    }

    @Test
    void renderIntoAFile() {
        assertThat(run("render", "pathological-curvature-trajectories", "--out", file.toString())).isEqualTo(2);
        assertOneClearLine();
    }

    @Test
    void siteUnderAFile() {
        assertThat(run("site", "--out", file.resolve("site").toString())).isEqualTo(2);
        assertOneClearLine();
        assertThat(err.toString()).contains("--out " + file.resolve("site"));
    }

    @Test
    void diffPageUnderAFile() throws Exception {
        Path figures = Files.createDirectories(dir.resolve("figures"));
        assertThat(run("diff", figures.toString(), figures.toString(), "--out", file.resolve("d").toString()))
                .isEqualTo(2);
        assertOneClearLine();
    }
}
