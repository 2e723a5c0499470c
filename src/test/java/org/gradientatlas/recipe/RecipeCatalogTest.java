package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecipeCatalogTest {

    @Test
    void listsEveryRecipeWithItsParametersAndSeed() throws Exception {
        JsonNode recipes = new ObjectMapper().readTree(RecipeCatalog.json()).get("recipes");
        assertThat(recipes).hasSize(RecipeRegistry.all().size());
        for (int i = 0; i < recipes.size(); i++) {
            Recipe<?> recipe = RecipeRegistry.all().get(i);
            JsonNode entry = recipes.get(i);
            assertThat(entry.get("id").asText()).isEqualTo(recipe.id());
            assertThat(entry.get("title").asText()).isEqualTo(recipe.title());
            assertThat(entry.get("seed").isNull()).isEqualTo(recipe.defaultSeed().isEmpty());
            recipe.defaultSeed().ifPresent(s -> assertThat(entry.get("seed").asLong()).isEqualTo(s));
            assertThat(entry.get("parameters").findValuesAsText("name")).isEqualTo(recipe.parameters().names());
            assertDefaultsReadBack(recipe, entry.get("parameters"));
        }
        JsonNode tango = recipes.get(0).get("parameters");
        assertThat(tango.get(0).toString())
                .isEqualTo("{\"name\":\"sgdRate\",\"kind\":\"number\",\"default\":\"0.001\"}");
        assertThat(tango.get(3).toString()).isEqualTo("{\"name\":\"maxIters\",\"kind\":\"integer\",\"default\":"
                + "\"100000\"}");
    }

    /** Every default, given back as --set text, gives the default record: the catalog's texts are exact. */
    private static <P extends Record> void assertDefaultsReadBack(Recipe<P> recipe, JsonNode parameters) {
        Map<String, String> texts = new LinkedHashMap<>();
        parameters.forEach(p -> texts.put(p.get("name").asText(), p.get("default").asText()));
        assertThat(recipe.parameters().apply(recipe.id(), recipe.defaultParams(), texts))
                .isEqualTo(recipe.defaultParams());
    }

    enum Shape { DISC, SQUARE }

    record Sample(boolean flag, Shape shape) {
        static Sample from(ParameterSource<Sample> p) {
            return new Sample(p.bool("flag", Sample::flag), p.choice("shape", Shape.values(), Sample::shape));
        }
    }

    @Test
    void choicesListTheirValues() {
        Recipe<Sample> sample = new SampleRecipe();
        assertThat(RecipeCatalog.json(List.of(sample))).isEqualTo("""
                {
                  "recipes": [
                    {
                      "id": "sample",
                      "title": "A \\"sample\\"",
                      "seed": null,
                      "parameters": [
                        {
                          "name": "flag",
                          "kind": "boolean",
                          "default": "true"
                        },
                        {
                          "name": "shape",
                          "kind": "choice",
                          "choices": [
                            "disc",
                            "square"
                          ],
                          "default": "square"
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    private static final class SampleRecipe implements Recipe<Sample> {
        @Override
        public String id() {
            return "sample";
        }

        @Override
        public String title() {
            return "A \"sample\"";
        }

        @Override
        public org.gradientatlas.citation.Work work() {
            return org.gradientatlas.citation.Work.TANGO;
        }

        @Override
        public Sample defaultParams() {
            return new Sample(true, Shape.SQUARE);
        }

        @Override
        public Parameters<Sample> parameters() {
            return Parameters.of(defaultParams(), Sample::from);
        }

        @Override
        public java.util.OptionalLong defaultSeed() {
            return java.util.OptionalLong.empty();
        }

        @Override
        public org.gradientatlas.figure.Figure compute(Sample params, long seed) {
            throw new UnsupportedOperationException("not drawn");
        }
    }
}
