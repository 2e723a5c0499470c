package org.gradientatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientatlas.cli.GradientAtlasCommand;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureJson;
import org.gradientatlas.figure.SeriesCsv;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.recipe.RecipeCatalog;
import org.gradientatlas.recipe.ReproduceCommand;
import org.gradientatlas.render.RenderJob;
import org.gradientatlas.scene.FigureScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's boundary on the JVM: the same data, CSV files, messages and command line as render --set, and the
 * figure's scene, as JSON the page can read.
 */
class BrowserEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void computeGivesTheDataFileRenderWritesForTheSameParametersAndSeed() throws Exception {
        Map<String, String> set = Map.of("learningRateRun0", "0.25", "epochs", "7");
        JsonNode answer = JSON.readTree(BrowserEngine.compute("gd-1d-quadratic", JSON.writeValueAsString(set), ""));
        assertThat(answer.get("data").asText()).isEqualTo(rendered("gd-1d-quadratic", set, null));
    }

    @Test
    void computeAlsoGivesEachSeriesCsvAsTheSiteWritesItAndTheFiguresScene() throws Exception {
        Map<String, String> set = Map.of("learningRate", "0.2");
        Recipe<?> recipe = recipe("perceptron-decision-boundaries");
        JsonNode answer = JSON.readTree(BrowserEngine.compute(recipe.id(), JSON.writeValueAsString(set), "3"));
        Figure figure = RenderJob.of(recipe, set, 3L).compute();
        List<String> names = new ArrayList<>();
        answer.get("csv").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(figure.data().series().keySet()).isNotEmpty();
        figure.data().series().forEach((name, series) -> assertThat(answer.get("csv").get(name).asText())
                .as(name).isEqualTo(SeriesCsv.write(series)));
        assertThat(answer.get("scene")).isEqualTo(JSON.readTree(FigureScene.json(figure)));
        assertThat(answer.get("scene").get("panels").size()).isPositive();
    }

    @Test
    void theCommandLineRendersTheComputedVariantOnTheJvm(@TempDir Path dir) throws Exception {
        Map<String, String> set = Map.of("learningRateRun0", "0.25", "epochs", "7");
        JsonNode answer = JSON.readTree(BrowserEngine.compute("gd-1d-quadratic", JSON.writeValueAsString(set), ""));
        String command = answer.get("command").asText();
        assertThat(command).startsWith(ReproduceCommand.PROGRAM + " render gd-1d-quadratic ")
                .contains(" --set epochs=7").contains(" --set learningRateRun0=0.25");
        List<String> args = new ArrayList<>(List.of(command.substring(ReproduceCommand.PROGRAM.length() + 1)
                .split(" ")));
        Path out = dir.resolve("out");
        args.addAll(List.of("--out", out.toString(), "--cache", dir.resolve("cache").toString(), "--quiet"));
        assertThat(GradientAtlasCommand.commandLine().execute(args.toArray(String[]::new))).isZero();
        assertThat(out.resolve("gd-1d-quadratic.json")).hasContent(answer.get("data").asText());
        JsonNode noisy = JSON.readTree(BrowserEngine.compute("perlin-gd-b", "{\"gradientNoiseStd\": \"0.2\"}", ""));
        assertThat(JSON.readTree(noisy.get("data").asText()).get("seed").asLong()).as("noise drawn with seed 0").isZero();
        assertThat(noisy.get("command").asText()).as("render takes no --seed for it")
                .isEqualTo(ReproduceCommand.PROGRAM + " render perlin-gd-b --set gradientNoiseStd=0.2");
        assertThat(JSON.readTree(BrowserEngine.compute("gd-1d-quadratic", "{}", "")).get("command").asText())
                .as("the default figure's command names no parameter")
                .isEqualTo(ReproduceCommand.PROGRAM + " render gd-1d-quadratic");
    }

    @Test
    void anEmptySeedIsTheRecipesOwnAndAGivenOneIsUsed() throws Exception {
        Recipe<?> seeded = RecipeRegistry.all().stream().filter(r -> r.defaultSeed().isPresent())
                .filter(r -> r.id().startsWith("perlin")).findFirst().orElseThrow();
        assertThat(JSON.readTree(BrowserEngine.compute(seeded.id(), "{}", " ")).get("data").asText())
                .isEqualTo(rendered(seeded.id(), Map.of(), null));
        assertThat(JSON.readTree(BrowserEngine.compute(seeded.id(), "{}", "7")).get("data").asText())
                .isEqualTo(rendered(seeded.id(), Map.of(), 7L))
                .isNotEqualTo(rendered(seeded.id(), Map.of(), null));
    }

    @Test
    void badParametersGiveRendersMessage() throws Exception {
        for (Map<String, String> set : List.of(Map.of("epochs", "many"), Map.of("curveStep", "0"),
                Map.of("noSuchParameter", "1"))) {
            String message = JSON.readTree(BrowserEngine.compute("gd-1d-quadratic", JSON.writeValueAsString(set), ""))
                    .get("error").asText();
            assertThatThrownBy(() -> RenderJob.of(List.of(recipe("gd-1d-quadratic")), set, null))
                    .hasMessage(message);
        }
    }

    @Test
    void aValueTheRecipeRefusesWhileComputingIsAnErrorWithRendersMessageToo() throws Exception {
        Map<String, String> set = Map.of("epochs", "0");
        assertThatThrownBy(() -> RenderJob.of(recipe("gd-2d-nonconvex"), set, null).compute())
                .hasMessage(error("gd-2d-nonconvex", JSON.writeValueAsString(set), ""));
    }

    @Test
    void aBadSeedOrFigureOrParameterObjectIsAnErrorThatSaysWhatIsAllowed() throws Exception {
        assertThat(error("gd-1d-quadratic", "{}", "-1")).isEqualTo(
                "invalid value '-1' for the seed: expected a whole number from 0 to " + RenderJob.MAX_SEED);
        assertThat(error("gd-1d-quadratic", "{}", "4294967296")).contains("from 0 to 4294967295");
        assertThat(error("no-such-figure", "{}", "")).startsWith("unknown figure 'no-such-figure'; the figures are: ")
                .contains(String.join(", ", RecipeRegistry.ids()));
        assertThat(error("gd-1d-quadratic", "{\"epochs\": 5}", "")).startsWith("the parameters are not a JSON object of texts");
        assertThat(error("perlin-gd-b", "{\"gradientNoiseStd\": \"0.2\"}", "5")).isEqualTo("the seed 5: perlin-gd-b uses"
                + " no randomness, so a seed changes nothing; leave the seed out for it");
    }

    @Test
    void theCatalogIsTheRecipeCatalogOfEveryRegisteredRecipe() throws Exception {
        assertThat(BrowserEngine.catalog()).isEqualTo(RecipeCatalog.json());
        List<String> ids = new ArrayList<>();
        JSON.readTree(BrowserEngine.catalog()).get("recipes").forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(RecipeRegistry.ids());
    }

    private static String error(String id, String parameters, String seed) throws Exception {
        JsonNode answer = JSON.readTree(BrowserEngine.compute(id, parameters, seed));
        assertThat(answer.has("data")).isFalse();
        return answer.get("error").asText();
    }

    private static String rendered(String id, Map<String, String> set, Long seed) {
        return FigureJson.write(RenderJob.of(recipe(id), set, seed).compute().data());
    }

    private static Recipe<?> recipe(String id) {
        return RecipeRegistry.find(id).orElseThrow();
    }
}
