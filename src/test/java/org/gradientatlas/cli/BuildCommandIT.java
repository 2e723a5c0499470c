package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build} (what mvn package runs) does nothing when the figures and the site are up to date. */
class BuildCommandIT {
    @TempDir
    Path dir;

    private static final String BUILT = "built " + RecipeRegistry.ids().size() + " figures";

    private final CommandLineRun cli = new CommandLineRun();

    private String build(String... extra) {
        String[] base = {"build", "--figures", dir.resolve("figures").toString(),
            "--site", dir.resolve("site").toString(),
            "--cache", dir.resolve("cache").toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        assertThat(cli.run(args)).as(cli.err.toString()).isZero();
        return cli.out.toString();
    }

    @Test
    void aNoOpRebuildRendersNothingAndAChangedSiteFileRebuilds() throws Exception {
        assertThat(build()).contains(BUILT);
        byte[] golden = Files.readAllBytes(Path.of("figures/tango-fig1.svg"));
        assertThat(Files.readAllBytes(dir.resolve("figures/tango-fig1.svg"))).isEqualTo(golden);
        assertThat(build()).contains("are up to date");
        Files.writeString(dir.resolve("site/index.html"), "edited");
        assertThat(build()).contains(BUILT);
        assertThat(Files.readString(dir.resolve("site/index.html"))).isNotEqualTo("edited");
        assertThat(build("--force")).contains(BUILT);
    }
}
