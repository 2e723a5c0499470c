package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gradientatlas.HeadlessChromium;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers the site's figure pages compute in the browser (the recipes compiled to WebAssembly) are the JVM's:
 * with the defaults, every page's data download is figures/&lt;id&gt;.json; for changed parameters and seeds, opened
 * from the address as a reader shares them, it is what {@code java -jar target/gradient-atlas.jar render id --set
 * ... --seed ...} writes. One browser for the class; the JVM renders run beside it.
 */
class ExploreDataBrowserIT {
    /** At least three changed-parameter variants of each work's figures (recipe/tango, lecture, autograd, ...). */
    private static final List<Variant> VARIANTS = List.of(
            new Variant("tango-fig1", Map.of("maxIters", "20000"), ""),
            new Variant("tango-fig1", Map.of("maxIters", "20000"), "7"),
            new Variant("tango-fig1", Map.of("sgdRate", "0.002", "targetMu", "5", "maxIters", "30000"), ""),
            new Variant("pathological-curvature-trajectories", Map.of("learningRate", "5"), ""),
            new Variant("steep-optima-surface", Map.of("momentum", "0.5", "azimuth", "30"), ""),
            new Variant("steep-optima-trajectories", Map.of("rmspropAlpha", "0.5", "updates", "50",
                    "fitRangeToPaths", "true"), ""),
            new Variant("gd-1d-quadratic", Map.of("learningRateRun0", "0.25", "epochs", "7"), ""),
            new Variant("gd-2d-nonconvex", Map.of("learningRate", "0.1", "x0Run0", "1"), ""),
            new Variant("perceptron-decision-boundaries", Map.of("learningRate", "0.05"), "5"),
            new Variant("perceptron-weight-landscape", Map.of("weightStep", "0.5"), "3"),
            new Variant("perlin-gd-a", Map.of("startX", "0.3", "steps", "40"), ""),
            new Variant("perlin-noisy-sgd", Map.of("gradientNoiseStd", "0.3"), "11"),
            new Variant("perlin-gd-b", Map.of("gradientNoiseStd", "0.2"), ""),
            new Variant("subgd-projection", Map.of("azimuth", "-30", "elevation", "45"), "2"),
            new Variant("stochastic-landscape-k0", Map.of("sample", "42"), ""),
            new Variant("stochastic-landscape-k50", Map.of("learningRate", "0.1"), "3"),
            new Variant("stochastic-landscape-k99", Map.of("noiseStd", "0.3", "gridSize", "60"), ""));

    @TempDir
    static Path dir;
    private static Path site;
    private static HeadlessChromium chromium;
    private static ExplorePage page;

    @BeforeAll
    static void open() throws Exception {
        site = ExploreSite.directory();
        chromium = HeadlessChromium.start(dir.resolve("chromium-profile"));
        page = new ExplorePage(chromium.driver());
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void everyFigurePageComputesTheGoldenDataFileWithTheDefaults() throws Exception {
        Path golden = Path.of(System.getProperty("golden.dir", "figures"));
        List<String> differences = new ArrayList<>();
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            String id = recipe.id();
            assertThat(page.open(ExploreSite.page(site, id, ""))).as(id).isEqualTo("shown");
            String expected = Files.readString(golden.resolve(id + ".json"), StandardCharsets.UTF_8);
            String difference = DataDifferences.describe(expected, page.download(id + ".json"));
            if (!difference.isEmpty()) {
                differences.add(id + ": " + difference);
            }
        }
        assertThat(chromium.consoleErrors()).isEmpty();
        assertThat(differences).as("the browser's data files against figures/").isEmpty();
    }

    @Test
    void changedParameterVariantsOpenedFromTheAddressEqualTheJarsRenderSet() throws Exception {
        assertThat(VARIANTS.stream().map(v -> family(v.id())).distinct())
                .containsExactlyInAnyOrder("tango", "lecture", "autograd", "subgd", "landscape");
        ExecutorService jvm = Executors.newSingleThreadExecutor();
        try {
            Map<Variant, Future<String>> rendered = new LinkedHashMap<>();
            for (Variant v : VARIANTS) {
                rendered.put(v, jvm.submit(() -> ExploreSite.renderWithJar(dir, v.id(), v.set(), v.seed())));
            }
            List<String> differences = new ArrayList<>();
            for (Variant v : VARIANTS) {
                assertThat(page.open(ExploreSite.page(site, v.id(), v.query()))).as("%s", v).isEqualTo("shown");
                String browser = page.download(v.id() + ".json");
                String difference = DataDifferences.describe(rendered.get(v).get(), browser);
                if (!difference.isEmpty()) {
                    differences.add(v + ": " + difference);
                }
            }
            assertThat(chromium.consoleErrors()).isEmpty();
            assertThat(differences).as("the browser's data files against render --set").isEmpty();
        } finally {
            jvm.shutdownNow();
        }
    }

    /** The work a recipe belongs to: its subpackage of recipe/. */
    private static String family(String id) {
        String name = RecipeRegistry.find(id).orElseThrow().getClass().getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    record Variant(String id, Map<String, String> set, String seed) {
        /** As the page writes its address: the changed parameters, then the seed. */
        String query() {
            StringBuilder query = new StringBuilder();
            new java.util.TreeMap<>(set).forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
                    .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return seed.isEmpty() ? query.toString() : query + "&seed=" + seed;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s%s", id, new java.util.TreeMap<>(set),
                    seed.isEmpty() ? "" : " seed " + seed);
        }
    }
}
