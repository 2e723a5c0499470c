package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --set}: overrides reach the figure; bad ones exit 2 with a clear line and write nothing. */
class RenderOverridesTest {
    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private void assertNothingWritten() throws Exception {
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anOverrideReachesTheDataFile() throws Exception {
        assertThat(run("render", "steep-optima-surface", "--out", dir.toString(), "--set", "updates=7",
                "--set", "learningRate=1e-2")).isZero();
        String json = Files.readString(dir.resolve("steep-optima-surface.json"));
        assertThat(json).contains("\"updates\": 7,").contains("\"learningRate\": 0.01,");
    }

    @Test
    void unknownParameterListsTheValidNames() throws Exception {
        assertThat(run("render", "tango-fig1", "--out", dir.toString(), "--set", "learningRate=1")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown parameter 'learningRate' for tango-fig1")
                .contains("sgdRate, gamma, deltaTime, maxIters");
        assertNothingWritten();
    }

    @Test
    void wrongTypeAndOutOfRangeSayWhatIsAllowed() throws Exception {
        assertThat(run("render", "tango-fig1", "--out", dir.toString(), "--set", "maxIters=lots")).isEqualTo(2);
        assertThat(err.toString()).contains("parameter maxIters expects an integer").contains("got 'lots'");
        assertThat(run("render", "tango-fig1", "--out", dir.toString(), "--set", "sgdRate=-0.1")).isEqualTo(2);
        assertThat(err.toString()).contains("parameter sgdRate must be a finite number > 0, got -0.1");
        assertThat(run("render", "tango-fig1", "--out", dir.toString(), "--set", "sgdRate")).isEqualTo(2);
        assertThat(err.toString()).contains("KEY=VALUE");
        assertNothingWritten();
    }

    @Test
    void withSeveralIdsAnOverrideAppliesWhereItExistsAndMustExistSomewhere() throws Exception {
        assertThat(run("render", "tango-fig1", "steep-optima-surface", "--out", dir.toString(),
                "--set", "nope=1")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown parameter 'nope': none of the selected recipes has it")
                .contains("tango-fig1: sgdRate").contains("steep-optima-surface: learningRate");
        assertNothingWritten();
        assertThat(run("render", "steep-optima-surface", "tango-fig1", "--out", dir.toString(),
                "--set", "updates=3", "--set", "maxIters=50")).isZero();
        assertThat(Files.readString(dir.resolve("steep-optima-surface.json"))).contains("\"updates\": 3,");
        assertThat(Files.readString(dir.resolve("tango-fig1.json"))).contains("\"maxIters\": 50,");
    }

    @Test
    void unknownIdSuggestsTheClosest() throws Exception {
        assertThat(run("render", "steep-optima-surfce", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown recipe id 'steep-optima-surfce'; did you mean"
                + " steep-optima-surface?");
        assertNothingWritten();
    }

    @Test
    void listShowsParametersWithDefaults() {
        assertThat(run("list", "--params")).isZero();
        assertThat(out.toString()).contains("  sgdRate=0.001").contains("  fitRangeToPaths=true");
    }
}
