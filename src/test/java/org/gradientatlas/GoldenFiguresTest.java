package org.gradientatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.gradientatlas.output.AtomicFiles;
import org.gradientatlas.output.StaleFigures;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.review.DirectoryFigures;
import org.gradientatlas.review.FigureChange;
import org.gradientatlas.review.FigureDiff;
import org.gradientatlas.review.ReviewPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered figure, freshly rendered, must equal its committed golden files in figures/ byte for byte.
 * A failure writes target/golden-report/index.html (baseline, actual, diff image, RMS, changed numbers).
 * Accept changes explicitly with {@code -Dgolden.update=true} (all) or {@code -Dgolden.update=id1,id2}.
 */
class GoldenFiguresTest {
    private static final Path GOLDEN_DIR = Path.of(System.getProperty("golden.dir", "figures"));
    private static final Path ACTUAL_DIR = Path.of("target", "golden-actual");
    private static final Path REPORT = Path.of("target", "golden-report", "index.html").toAbsolutePath();
    private static final List<String> ACCEPT = Arrays.asList(System.getProperty("golden.update", "false").split(","));
    private static final SortedSet<String> FAILED = new ConcurrentSkipListSet<>();

    static Stream<Recipe<?>> recipes() {
        return RecipeRegistry.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipes")
    void figureMatchesItsGoldenFiles(Recipe<?> recipe) throws IOException {
        RenderedFigure figure = new Atlas().renderDefault(recipe);
        Atlas.writeFigure(figure, ACTUAL_DIR);
        String id = recipe.id();
        if (ACCEPT.contains("true") || ACCEPT.contains(id)) {
            Atlas.writeFigure(figure, GOLDEN_DIR);
            return;
        }
        for (String extension : List.of(".svg", ".json")) {
            if (!Files.exists(GOLDEN_DIR.resolve(id + extension))) {
                fail("figure %s has no golden file %s; the fresh one is %s. Review it, then accept it with"
                        + " mvn package -Dgolden.update=%s", id, GOLDEN_DIR.resolve(id + extension),
                        ACTUAL_DIR.resolve(id + extension).toAbsolutePath(), id);
            }
        }
        FigureChange change = FigureDiff.compare(id, new DirectoryFigures(GOLDEN_DIR).read(id),
                new DirectoryFigures(ACTUAL_DIR).read(id));
        if (change.kind() != FigureChange.Kind.UNCHANGED) {
            FAILED.add(id);
            writeReport();
            fail("figure %s differs from its golden files in %s (%s); see %s. If the change is intended,"
                    + " accept it with mvn package -Dgolden.update=%s and say why in the commit message.",
                    id, GOLDEN_DIR, pixels(change), REPORT, id);
        }
    }

    @Test
    void noStaleFiguresRemainInTheGoldenSet() throws IOException {
        List<Path> stale = StaleFigures.find(GOLDEN_DIR, RecipeRegistry.ids());
        assertThat(stale).as("figures that no recipe produces any more; `render --all` (or mvn package) removes"
                + " them").isEmpty();
    }

    private static String pixels(FigureChange change) {
        return change.image() == null ? "SVG missing on one side" : String.format(java.util.Locale.ROOT,
                "RMS %.3f, %.3f%% of pixels changed", change.image().rms(), 100 * change.image().changedShare());
    }

    private static synchronized void writeReport() throws IOException {
        List<FigureChange> changes = new ArrayList<>();
        DirectoryFigures golden = new DirectoryFigures(GOLDEN_DIR);
        DirectoryFigures actual = new DirectoryFigures(ACTUAL_DIR);
        for (String id : FAILED) {
            changes.add(FigureDiff.compare(id, golden.read(id), actual.read(id)));
        }
        AtomicFiles.write(REPORT, new ReviewPage().render("Golden figure failures", GOLDEN_DIR.toString(),
                ACTUAL_DIR.toString(), changes));
    }
}
