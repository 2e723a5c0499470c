package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientatlas.InternalNames;
import org.junit.jupiter.api.Test;
import org.gradientatlas.recipe.RecipeRegistry;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

class GradientAtlasCommandTest {
    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void listShowsIdTitleAndSource() {
        assertThat(run("list")).isZero();
        assertThat(out.toString()).contains("tango-fig1\tTANGO").contains("Y. Ollivier").contains("1712.08449")
                .doesNotContainPattern(InternalNames.SEED_FILE);
    }

    @Test
    void unknownIdIsAUsageErrorThatNamesTheKnownIdsAndWritesNothing() throws Exception {
        assertThat(run("render", "tango-fig2", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown recipe id 'tango-fig2'").contains("tango-fig1");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void seedOutOfRangeIsRejected() {
        assertThat(run("render", "tango-fig1", "--seed", "-3", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: invalid value '-3' for --seed: expected a whole number"
                + " from 0 to 4294967295; see gradient-atlas render --help" + System.lineSeparator());
    }

    @Test
    void renderNeedsIdsOrAll() {
        assertThat(run("render")).isEqualTo(2);
        assertThat(err.toString()).contains("give recipe IDs (as `list` shows them) or --all");
    }

    @Test
    void helpAndVersionEverywhere() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("render").contains("list").contains("site");
        assertThat(run("render", "--help")).isZero();
        assertThat(out.toString()).contains("--out").contains("--seed").contains("--all");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("Gradient Atlas");
    }

    @Test
    void renderWritesSvgAndJsonAndNoTemporaryFiles() throws Exception {
        assertThat(run("render", "--all", "--out", dir.toString())).isZero();
        assertThat(dir.resolve("tango-fig1.svg")).isRegularFile();
        assertThat(dir.resolve("tango-fig1.json")).isRegularFile();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    RecipeRegistry.ids().stream().flatMap(id -> Stream.of(id + ".svg", id + ".json")).toList());
        }
    }
}
