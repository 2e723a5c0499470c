package org.gradientatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradientatlas.HeadlessChromium;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The built engine (target/browser/atlas-engine.js, made by mvn package) in headless Chromium, on a page opened from
 * file://: its worker starts from a Blob URL, and the recipes compiled to WebAssembly answer as the JVM does.
 */
class BrowserEngineBrowserIT {
    private static final Path ENGINE = Path.of("target", "browser", "atlas-engine.js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GD = "gd-1d-quadratic";
    private static final String VARIANT = "{\"learningRateRun0\": \"0.25\", \"epochs\": \"7\"}";

    @TempDir
    Path dir;

    @Test
    void theBrowserComputesWhatTheJvmComputesFromFile() throws Exception {
        try (HeadlessChromium chromium = open()) {
            ChromeDriver driver = chromium.driver();
            Object firstMs = run(driver, "await AtlasEngine.compute(args[0], {}, ''); return performance.now();", GD);
            System.out.printf(Locale.ROOT, "browser engine: first result %.0f ms after the page started%n",
                    ((Number) firstMs).doubleValue());
            JsonNode catalog = JSON.readTree(run(driver, "return JSON.stringify(await AtlasEngine.catalog());").toString());
            List<String> ids = new ArrayList<>();
            catalog.get("recipes").forEach(r -> ids.add(r.get("id").asText()));
            assertThat(ids).containsExactlyElementsOf(RecipeRegistry.ids());
            for (String parameters : List.of("{}", VARIANT, "{\"epochs\": \"many\"}")) {
                assertThat(compute(driver, GD, parameters, "")).as(parameters)
                        .isEqualTo(JSON.readTree(BrowserEngine.compute(GD, parameters, "")));
            }
            assertThat(compute(driver, GD, "{}", "x").get("error").asText())
                    .isEqualTo(JSON.readTree(BrowserEngine.compute(GD, "{}", "x")).get("error").asText());
            Object remote = driver.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(e => !e.name.startsWith('file:') && !e.name.startsWith('blob:')).length;");
            assertThat(((Number) remote).intValue()).as("resources not loaded from disk").isZero();
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aLongRunReportsProgressCanBeCancelledAndTheEngineGoesOn() throws Exception {
        try (HeadlessChromium chromium = open()) {
            ChromeDriver driver = chromium.driver();
            JsonNode cancelled = JSON.readTree(run(driver, "const phases = [];"
                    + " const run = AtlasEngine.compute('tango-fig1', {}, '', {onProgress: p => {"
                    + "   phases.push(p.phase); if (p.phase === 'computing') { setTimeout(AtlasEngine.cancel, 20); } }});"
                    + " const answer = await run; answer.phases = phases; return JSON.stringify(answer);").toString());
            assertThat(cancelled.get("cancelled").asBoolean()).isTrue();
            assertThat(cancelled.has("data")).isFalse();
            assertThat(cancelled.get("phases").get(0).asText()).isEqualTo("starting");
            assertThat(cancelled.get("phases").toString()).contains("computing");
            assertThat(compute(driver, GD, "{}", "").get("data").asText())
                    .isEqualTo(JSON.readTree(BrowserEngine.compute(GD, "{}", "")).get("data").asText());
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    private HeadlessChromium open() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(ENGINE), "no " + ENGINE + " (mvn package builds it)");
        Files.copy(ENGINE, dir.resolve("atlas-engine.js"));
        Path page = Files.writeString(dir.resolve("engine.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>engine</title><script src=\"atlas-engine.js\"></script></head>"
                + "<body></body></html>\n");
        HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("chromium-profile"));
        chromium.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        chromium.driver().get(page.toUri().toString());
        return chromium;
    }

    private static JsonNode compute(ChromeDriver driver, String id, String parameters, String seed) throws Exception {
        return JSON.readTree(run(driver, "const a = await AtlasEngine.compute(args[0], JSON.parse(args[1]), args[2]);"
                + " delete a.ms; return JSON.stringify(a);", id, parameters, seed).toString());
    }

    /** Runs the body of an async function of {@code args}: its result, or "failed: " and the message it throws. */
    private static Object run(ChromeDriver driver, String body, Object... args) {
        return driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " (async (args) => { " + body + " })(Array.from(arguments).slice(0, -1))"
                + ".then(done, e => done('failed: ' + e.message));", args);
    }
}
