package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gradientatlas.review.SampleFiguresAccess;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** A corrupt figure file on either side of {@code diff} gives one line naming the file, exit 2, no stack trace. */
class DiffCorruptInputTest {
    @TempDir
    Path dir;

    static Stream<Arguments> corruptions() {
        return Stream.of("before", "after").flatMap(side -> Stream.of(
                Arguments.of(side, "curve.svg", "truncated", "not a valid SVG document"),
                Arguments.of(side, "curve.svg", "text", "is not an SVG file"),
                Arguments.of(side, "curve.svg", "binary", "is not an SVG file"),
                Arguments.of(side, "curve.svg", "empty", "is not an SVG file"),
                Arguments.of(side, "curve.svg", "html", "not a valid SVG document"),
                Arguments.of(side, "curve.json", "truncated", "not valid JSON"),
                Arguments.of(side, "curve.json", "text", "not valid JSON"),
                Arguments.of(side, "curve.json", "binary", "not valid JSON"),
                Arguments.of(side, "curve.json", "array", "not a JSON object"),
                Arguments.of(side, "curve.json", "empty", "not a JSON object")));
    }

    @ParameterizedTest(name = "{2} {1} {0}")
    @MethodSource("corruptions")
    void corruptFileIsBadInput(String side, String file, String corruption, String expected) throws Exception {
        Path before = Files.createDirectories(dir.resolve("before"));
        Path after = Files.createDirectories(dir.resolve("after"));
        SampleFiguresAccess.write(before, "curve", 1.0);
        SampleFiguresAccess.write(after, "curve", 1.0);
        Path target = (side.equals("before") ? before : after).resolve(file);
        Files.write(target, corrupt(Files.readAllBytes(target), corruption));
        StringWriter err = new StringWriter();
        CommandLine cli = GradientAtlasCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("diff", before.toString(), after.toString(), "--out", dir.resolve("r").toString()))
                .isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("error: ").contains(file)
                .contains(expected).contains(side).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    private static byte[] corrupt(byte[] good, String corruption) {
        return switch (corruption) {
            case "truncated" -> java.util.Arrays.copyOf(good, good.length / 2);
            case "text" -> "hello, I am not a figure\n".getBytes(StandardCharsets.UTF_8);
            case "binary" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte) 0xff, 0};
            case "html" -> "<html><body><svg viewBox='0 0 1 1'><rect></body></html>".getBytes(StandardCharsets.UTF_8);
            case "array" -> "[1, 2, 3]".getBytes(StandardCharsets.UTF_8);
            default -> new byte[0];
        };
    }
}
