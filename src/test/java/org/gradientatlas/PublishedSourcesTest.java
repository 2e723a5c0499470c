package org.gradientatlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;

/**
 * The committed figures name their source by its citation, never by the project's internal seed file names:
 * every golden SVG and JSON is free of them, and each data file's source is its recipe's formatted reference.
 */
class PublishedSourcesTest {
    private static final Path GOLDEN = Path.of("figures");

    @Test
    void noGoldenFileShowsASeedFileName() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.list(GOLDEN)) {
            files = all.filter(p -> p.toString().endsWith(".svg") || p.toString().endsWith(".json")).sorted()
                    .toList();
        }
        assertThat(files).hasSize(2 * RecipeRegistry.all().size());
        for (Path file : files) {
            assertThat(Files.readString(file)).as("%s", file).doesNotContainPattern(InternalNames.SEED_FILE);
        }
    }

    @Test
    void eachDataFileSourceIsItsRecipesReference() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            String source = json.readTree(GOLDEN.resolve(recipe.id() + ".json").toFile()).path("source").asText();
            assertThat(source).as(recipe.id()).isEqualTo(recipe.work().citation().reference());
        }
    }
}
