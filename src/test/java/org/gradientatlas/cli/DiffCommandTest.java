package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientatlas.review.SampleFiguresAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit status of {@code diff}: 0 unchanged, 1 changed, 2 bad input; and it never rasterizes unchanged figures. */
class DiffCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path before;
    private Path after;

    @BeforeEach
    void figures() throws Exception {
        before = Files.createDirectories(dir.resolve("before"));
        after = Files.createDirectories(dir.resolve("after"));
        SampleFiguresAccess.write(before, "curve", 1.0);
        SampleFiguresAccess.write(after, "curve", 1.0);
    }

    private int diff(String... args) {
        CommandLine cli = GradientAtlasCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "diff";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void identicalDirectoriesExitZero() {
        assertThat(diff(before.toString(), after.toString(), "--out", dir.resolve("r").toString())).isZero();
        assertThat(out.toString()).contains("0 changed, 0 added, 0 removed, 1 unchanged");
        assertThat(dir.resolve("r/index.html")).isRegularFile();
    }

    @Test
    void unchangedFiguresAreComparedByBytesAndNeverRasterized() throws Exception {
        for (int i = 0; i < 20; i++) {
            // Not even valid SVG: rasterizing it would fail, so exit 0 proves nothing was rasterized.
            Files.writeString(before.resolve("fig-" + i + ".svg"), "<svg broken " + i);
            Files.writeString(after.resolve("fig-" + i + ".svg"), "<svg broken " + i);
        }
        assertThat(diff(before.toString(), after.toString(), "--out", dir.resolve("r").toString())).isZero();
        assertThat(out.toString()).contains("21 unchanged");
    }

    @Test
    void aChangedFigureExitsOneAndIsNamed() throws Exception {
        SampleFiguresAccess.write(after, "curve", 1.2);
        assertThat(diff(before.toString(), after.toString(), "--out", dir.resolve("r").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("1 changed").contains("changed: curve (RMS");
        assertThat(Files.readString(dir.resolve("r/index.html"))).contains("params.a").contains("1.2");
    }

    @Test
    void addedAndRemovedFiguresCount() throws Exception {
        SampleFiguresAccess.write(after, "extra", 1.0);
        Files.delete(after.resolve("curve.svg"));
        Files.delete(after.resolve("curve.json"));
        assertThat(diff(before.toString(), after.toString(), "--out", dir.resolve("r").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("1 added, 1 removed");
    }

    @Test
    void missingDirectoryIsBadInput() {
        assertThat(diff(before.toString(), dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a directory");
    }

    @Test
    void nonSvgAndMalformedJsonAreBadInput() throws Exception {
        Files.writeString(after.resolve("curve.svg"), "hello, I am not a picture");
        assertThat(diff(before.toString(), after.toString(), "--out", dir.resolve("r").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("curve.svg is not an SVG file");
        SampleFiguresAccess.write(after, "curve", 1.0);
        Files.writeString(after.resolve("curve.json"), "{\"id\": \"curve\", ");
        assertThat(diff(before.toString(), after.toString(), "--out", dir.resolve("r").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not valid JSON");
    }

    @Test
    void truncatedSvgIsBadInput() throws Exception {
        String svg = Files.readString(after.resolve("curve.svg"));
        Files.writeString(after.resolve("curve.svg"), svg.substring(0, svg.length() / 2));
        assertThat(diff(before.toString(), after.toString(), "--out", dir.resolve("r").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a valid SVG document");
    }

    @Test
    void unknownRevisionIsBadInput() {
        assertThat(diff("--git", "no-such-revision-xyz", "--figures", before.toString())).isEqualTo(2);
        assertThat(err.toString()).containsAnyOf("unknown git revision", "not inside a git repository");
    }

    @Test
    void eitherTwoDirectoriesOrGit() {
        assertThat(diff(before.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("two directories");
    }
}
