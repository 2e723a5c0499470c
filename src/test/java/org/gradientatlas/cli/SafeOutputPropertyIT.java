package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.gradientatlas.Atlas;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.report.BuildProvenance;
import org.gradientatlas.report.SiteBuilder;
import org.gradientatlas.report.SiteDirectory;

/**
 * Over generated layouts (a file, a non-empty directory, an empty one, ., .., ancestors, links to each, a broken
 * link, an earlier site and figures of ours or not) and targets for site, build and render: each run either writes
 * or is refused with an IllegalArgumentException (exit 2), and no file of the user's is ever changed or removed.
 * The work folder stands for the current directory (in-process, the real one is this checkout: never a target).
 */
class SafeOutputPropertyIT {
    private static final String RECIPE = "perceptron-dataset";
    private static final List<String> TARGETS = List.of("", ".", "..", "../..", "notes.md", "notes.md/x", "mywork",
            "mywork/sub", "mywork/..", "empty", "empty/..", "new", "new/deeper", "figures", "figures/site", "site",
            "site/..", "site/figures", "link-mywork", "link-mywork/..", "link-here", "link-here/site", "link-notes",
            "dangling", ".site-backup", "../work/new");
    private static RenderedFigure figure;
    private static Path oldSite;

    enum Command { SITE, BUILD, RENDER }

    record Layout(boolean oldSite, boolean ourFigures, boolean readme, Command command, String target, String second) {
    }

    @Provide
    Arbitrary<Layout> layouts() {
        // Half the time where output may well go, so that runs are written too, not only refused.
        Arbitrary<String> target = Arbitraries.oneOf(Arbitraries.of(TARGETS),
                Arbitraries.of("new", "figures", "empty", "new/deeper"));
        Arbitrary<String> site = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.of(TARGETS)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("site", "other/site")));
        return net.jqwik.api.Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(Command.class), target, site).as(Layout::new);
    }

    @Property(tries = 20, seed = "18", shrinking = ShrinkingMode.OFF)
    void noUserFileIsEverChanged(@ForAll("layouts") Layout layout) throws Exception {
        Path root = Files.createTempDirectory("safe-output-");
        try {
            Path work = UserFiles.workFolder(root);
            Recipe<?> recipe = RecipeRegistry.find(RECIPE).orElseThrow();
            if (layout.readme() || layout.ourFigures()) {
                Files.createDirectories(work.resolve("figures"));
            }
            if (layout.readme()) {
                Files.writeString(work.resolve("figures/README.md"), "the user's notes\n");
            }
            Map<String, String> users = UserFiles.hashes(root);
            if (layout.ourFigures()) {
                Atlas.writeFigure(figure(), work.resolve("figures"));
            }
            if (layout.oldSite()) {
                copyTree(oldSite(), work.resolve("site"));
            }
            Path target = at(work, layout.target());
            String outcome = "written";
            try {
                run(layout, work, target, at(work, layout.second()), root.resolve("cache"), recipe);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).as(layout.toString()).doesNotContain("\n");
                outcome = "refused";
            }
            Statistics.collect(layout.command(), outcome);
            assertThat(UserFiles.hashes(root)).as(layout.toString()).containsAllEntriesOf(users);
        } finally {
            deleteTree(root);
        }
    }

    private static void run(Layout layout, Path work, Path target, Path second, Path cache, Recipe<?> recipe)
            throws IOException {
        switch (layout.command()) {
            case SITE -> {
                SiteDirectory.check("--out", target, Map.of(), work);
                new SiteBuilder(BuildProvenance.ofProgram()).build(List.of(figure()), target);
                assertThat(SiteDirectory.check("--out", target, Map.of(), work).resolve(SiteDirectory.MARKER))
                        .isRegularFile();
            }
            case BUILD -> {
                SiteDirectory.check("--site", second, Map.of("the figures directory", target), work);
                new Atlas().bake(List.of(recipe), target, second);
            }
            case RENDER -> {
                CommandLineRun cli = new CommandLineRun();
                int status = cli.run("render", RECIPE, "--out", target.toString(), "--cache", cache.toString(),
                        "--quiet");
                assertThat(status).as(cli.err.toString()).isIn(0, 2);
                assertThat(cli.err.toString().lines().count()).isEqualTo(status == 0 ? 0 : 1);
                if (status == 2) {
                    throw new IllegalArgumentException(cli.err.toString().strip());
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private static Path at(Path work, String relative) {
        return relative.isEmpty() ? work : work.resolve(relative);
    }

    /** An earlier site of ours, made once and copied into each try's work folder. */
    private static synchronized Path oldSite() throws IOException {
        if (oldSite == null) {
            oldSite = Files.createTempDirectory("safe-output-old-site-").resolve("site");
            new SiteBuilder(new BuildProvenance("old", "unknown")).build(List.of(figure()), oldSite);
            oldSite.getParent().toFile().deleteOnExit();
        }
        return oldSite;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path copy = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        }
    }

    private static synchronized RenderedFigure figure() {
        if (figure == null) {
            figure = new Atlas().renderDefault(RecipeRegistry.find(RECIPE).orElseThrow());
        }
        return figure;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
