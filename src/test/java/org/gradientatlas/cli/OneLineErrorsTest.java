package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientatlas.review.SampleFiguresAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gives one line that names what is wrong and what is allowed, exit 2, and writes nothing. */
class OneLineErrorsTest {
    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    private String oneLine(int status, String... args) {
        assertThat(cli.run(args)).as(cli.err.toString()).isEqualTo(status);
        assertThat(cli.err.toString().lines()).as(cli.err.toString()).hasSize(1);
        String line = cli.err.toString().strip();
        assertThat(line).startsWith("error: ").doesNotContain("Usage:").doesNotContain("Exception");
        return line;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "render | --seed    | 1e3         | a whole number from 0 to 4294967295",
        "render | --seed    | -1          | a whole number from 0 to 4294967295",
        "render | --seed    | 4294967296  | a whole number from 0 to 4294967295",
        "render | --format  | bmp         | svg, png or pdf",
        "render | --format  | ''          | svg, png or pdf",
        "render | --format  | ','         | svg, png or pdf",
        "render | --size    | huge        | one of default, paper-column, page, slide, web",
        "render | --threads | 99999999999 | a whole number from 0 (one per processor) to 4096",
        "render | --threads | -3          | a whole number from 0 (one per processor) to 4096",
        "site   | --threads | two         | a whole number from 0 (one per processor) to 4096",
        "bench  | --runs    | 0           | a whole number from 1 to 1000",
        "bench  | --cold-runs | -1        | a whole number from 0 (none) to 100",
    })
    void aBadOptionValueNamesTheOptionTheValueAndWhatIsAllowed(String command, String option, String value,
            String allowed) {
        String[] args = command.equals("render")
                ? new String[] {"render", "tango-fig1", option, value, "--out", dir.resolve("out").toString()}
                : new String[] {command, option, value, "--out", dir.resolve("out").toString()};
        if (command.equals("bench")) {
            args = new String[] {command, option, value};
        }
        assertThat(oneLine(2, args)).isEqualTo("error: invalid value '" + value + "' for " + option + ": expected "
                + allowed + (option.equals("--format") ? ", comma-separated" : "") + "; see gradient-atlas " + command
                + " --help");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aDuplicateIdIsRefused() {
        assertThat(oneLine(2, "render", "tango-fig1", "tango-fig1", "--out", dir.toString()))
                .contains("recipe id 'tango-fig1' is given more than once");
    }

    @Test
    void unknownCommandsSuggestOnlyCloseNames() {
        assertThat(oneLine(2, "nosuch")).startsWith("error: unknown command 'nosuch' (commands: list, render,")
                .doesNotContain("did you mean");
        assertThat(oneLine(2, "rendr")).contains("unknown command 'rendr'; did you mean render?")
                .doesNotContain("bench?");
        assertThat(oneLine(2, "render", "--nosuch")).contains("unknown option '--nosuch'");
    }

    @Test
    void aSeedForARecipeWithoutRandomnessNamesIt() {
        assertThat(oneLine(2, "render", "tango-fig1", "gd-1d-quadratic", "--seed", "7", "--out", dir.toString()))
                .isEqualTo("error: --seed 7: gd-1d-quadratic uses no randomness, so a seed changes nothing; leave"
                        + " --seed out for it");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void diffOfAJsonThatIsNotAFigureIsBadInputNamingTheFile() throws Exception {
        Path before = Files.createDirectories(dir.resolve("before"));
        Path after = Files.createDirectories(dir.resolve("after"));
        SampleFiguresAccess.write(before, "curve", 1.0);
        SampleFiguresAccess.write(after, "curve", 1.0);
        Files.writeString(after.resolve("x.json"), "{\"a\":1}");
        assertThat(oneLine(2, "diff", before.toString(), after.toString(), "--out", dir.resolve("r").toString()))
                .contains("x.json").contains("not a Gradient Atlas figure");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void diffDoesNotOverwriteAUsersIndexHtml() throws Exception {
        Path figures = Files.createDirectories(dir.resolve("figures"));
        SampleFiguresAccess.write(figures, "curve", 1.0);
        Path page = Files.writeString(dir.resolve("index.html"), "<html>my home page</html>\n");
        assertThat(oneLine(2, "diff", figures.toString(), figures.toString(), "--out", dir.toString()))
                .contains("index.html that is not a review page");
        assertThat(page).hasContent("<html>my home page</html>");
        Path review = dir.resolve("review");
        assertThat(cli.run("diff", figures.toString(), figures.toString(), "--out", review.toString())).isZero();
        assertThat(cli.run("diff", figures.toString(), figures.toString(), "--out", review.toString()))
                .as("a review page replaces its own").isZero();
    }

    @Test
    void aCacheThatIsAFileIsBlamedAsTheCache() throws Exception {
        Path file = Files.writeString(dir.resolve("cache"), "mine\n");
        assertThat(oneLine(2, "render", "tango-fig1", "--out", dir.resolve("out").toString(), "--cache",
                file.toString())).isEqualTo("error: --cache " + file + " is a file, not a directory");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void benchChecksItsJsonFileBeforeTheBenchmark() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "mine\n");
        long start = System.nanoTime();
        assertThat(oneLine(2, "bench", "--json", notes.resolve("bench.json").toString()))
                .contains("--json " + notes.resolve("bench.json")).contains("is a file, not a directory");
        assertThat(oneLine(2, "bench", "--json", notes.toString())).contains("was not made by Gradient Atlas");
        assertThat(oneLine(2, "bench", "--json", dir.toString())).contains("is a directory");
        assertThat(cli.out.toString()).as("no benchmark table").isEmpty();
        assertThat(notes).hasContent("mine");
        // The benchmark itself takes tens of seconds; refusing takes none of them.
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }
}
