package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-hash cache: unchanged figures are not recomputed; a change recomputes that figure only. */
class RenderCacheTest {
    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    private String render(String... extra) {
        String[] base = {"render", "tango-fig1", "steep-optima-trajectories", "--out", dir.resolve("out").toString(),
            "--cache", dir.resolve("cache").toString(), "--set", "maxIters=300"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        assertThat(cli.run(args)).as(cli.err.toString()).isZero();
        return cli.out.toString();
    }

    @Test
    void aSecondRunRecomputesNothingAndChangesRecomputeOnlyTheirFigure() throws Exception {
        assertThat(render()).contains("rendered 2 figures into");
        byte[] svg = Files.readAllBytes(dir.resolve("out/tango-fig1.svg"));
        assertThat(render()).contains("rendered 0 figures (2 up to date)");
        assertThat(Files.readAllBytes(dir.resolve("out/tango-fig1.svg"))).isEqualTo(svg);

        assertThat(render("--set", "maxIters=301")).contains("rendered 1 figure (1 up to date)");
        assertThat(Files.readString(dir.resolve("out/tango-fig1.json"))).contains("\"maxIters\": 301,");

        Files.delete(dir.resolve("out/steep-optima-trajectories.svg"));
        assertThat(render("--set", "maxIters=301")).contains("rendered 1 figure (1 up to date)");
        assertThat(dir.resolve("out/steep-optima-trajectories.svg")).isRegularFile();

        Path json = dir.resolve("out/steep-optima-trajectories.json");
        Files.writeString(json, Files.readString(json) + "\n"); // edited by hand, still a figure of ours
        assertThat(render("--set", "maxIters=301")).contains("rendered 1 figure (1 up to date)");

        assertThat(render("--set", "maxIters=301", "--force")).contains("rendered 2 figures into");
    }

    @Test
    void formatsAndSizesArePartOfTheKeyAndTheManifestsStayOutOfTheOutput() throws Exception {
        render();
        assertThat(render("--format", "svg,pdf")).contains("rendered 2 figures into");
        assertThat(render("--format", "svg,pdf", "--size", "web")).contains("rendered 2 figures into");
        // --seed is for recipes with randomness only (steep-optima-trajectories has none): tango-fig1 on its own.
        String[] tango = {"render", "tango-fig1", "--out", dir.resolve("out").toString(), "--cache",
            dir.resolve("cache").toString(), "--set", "maxIters=300", "--format", "svg,pdf", "--size", "web"};
        assertThat(cli.run(tango)).isZero();
        assertThat(cli.out.toString()).contains("rendered 0 figures (1 up to date)");
        String[] seeded = java.util.Arrays.copyOf(tango, tango.length + 2);
        seeded[tango.length] = "--seed";
        seeded[tango.length + 1] = "7";
        assertThat(cli.run(seeded)).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("rendered 1 figure into");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(name -> name.matches(
                    "(tango-fig1|steep-optima-trajectories)\\.(svg|json|pdf)"));
        }
    }

    @Test
    void theCacheMayNotLiveInTheOutputDirectory() {
        assertThat(cli.run("render", "tango-fig1", "--out", dir.toString(), "--cache", dir.resolve("c").toString()))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("is inside the output directory");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void quietPrintsNothing() {
        assertThat(render("--quiet")).isEmpty();
    }
}
