package org.gradientatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered figure, freshly rendered, must equal its committed golden files in figures/ byte for byte.
 * Accept changes explicitly with {@code -Dgolden.update=true} (all) or {@code -Dgolden.update=id1,id2}.
 */
class GoldenFiguresTest {
    private static final Path GOLDEN_DIR = Path.of(System.getProperty("golden.dir", "figures"));
    private static final Path ACTUAL_DIR = Path.of("target", "golden-actual");
    private static final List<String> ACCEPT = Arrays.asList(System.getProperty("golden.update", "false").split(","));

    static Stream<Recipe<?>> recipes() {
        return RecipeRegistry.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipes")
    void figureMatchesItsGoldenFiles(Recipe<?> recipe) throws IOException {
        RenderedFigure figure = new Atlas().renderDefault(recipe);
        Atlas.writeFigure(figure, ACTUAL_DIR);
        if (ACCEPT.contains("true") || ACCEPT.contains(recipe.id())) {
            Atlas.writeFigure(figure, GOLDEN_DIR);
            return;
        }
        compare(recipe.id(), ".svg", figure.svg());
        compare(recipe.id(), ".json", figure.json());
    }

    private static void compare(String id, String extension, String actual) throws IOException {
        Path golden = GOLDEN_DIR.resolve(id + extension);
        Path fresh = ACTUAL_DIR.resolve(id + extension).toAbsolutePath();
        if (!Files.exists(golden)) {
            fail("figure %s has no golden file %s; the fresh one is %s. Review it, then accept it with"
                    + " mvn package -Dgolden.update=%s", id, golden, fresh, id);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("figure %s changed: %s differs from the golden %s (first difference at character %d). If the"
                    + " change is intended, accept it with mvn package -Dgolden.update=%s and say why in the commit.",
                    id, fresh, golden, firstDifference(expected, actual), id);
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }
}
