package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientatlas.HeadlessChromium;
import org.gradientatlas.cli.GradientAtlasCommand;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.SeriesCsv;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.render.RenderJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A reader on the site's figure pages (one page of each work), from file:// in one headless Chromium: a changed
 * parameter redraws the figure and the downloads are what {@code render --set} writes; a bad value is refused beside
 * its control while the last good figure stays; 3-D panels turn with the arrow keys; the address opens a variant and
 * Reset returns to the defaults; a long run shows progress without freezing the page; a phone's 390 px fit.
 */
class ExplorePageBrowserIT {
    /** One page of each work (recipe/tango, lecture, autograd, subgd, landscape) and a change that redraws it. */
    private static final List<Change> CHANGES = List.of(
            new Change("steep-optima-surface", "xMax", "1"),
            new Change("gd-2d-nonconvex", "learningRate", "0.1"),
            new Change("subgd-projection", "seed", "2"),
            new Change("stochastic-landscape-k50", "sample", "7"),
            new Change("tango-fig1", "maxIters", "20000"));

    @TempDir
    static Path dir;
    private static Path site;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;
    private static ExplorePage page;

    @BeforeAll
    static void open() throws Exception {
        site = ExploreSite.directory();
        chromium = HeadlessChromium.start(dir.resolve("chromium-profile"));
        driver = chromium.driver();
        page = new ExplorePage(driver);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aChangedParameterRedrawsTheFigureAndTheDownloadsAreWhatRenderSetWrites() throws Exception {
        for (Change change : CHANGES) {
            assertThat(page.open(ExploreSite.page(site, change.id(), ""))).as(change.id()).isEqualTo("shown");
            String before = page.pixels();
            assertThat(page.set(change.name(), change.value())).as("%s", change).isEqualTo("shown");
            assertThat(page.pixels()).as("%s redraws", change).isNotEqualTo(before);
            FigureData jvm = change.jvm();
            assertThat(DataDifferences.describe(renderSet(change), page.download(change.id() + ".json")))
                    .as("%s data file against render --set's", change).isEmpty();
            List<String> csvNames = new ArrayList<>();
            jvm.series().forEach((name, series) -> {
                csvNames.add(change.id() + "-" + name + ".csv");
                // line by line, so that a failure names the differing rows
                assertThat(page.download(change.id() + "-" + name + ".csv").split("\r\n", -1)).as("%s %s", change,
                        name).containsExactly(SeriesCsv.write(series).split("\r\n", -1));
            });
            assertThat(page.downloadNames()).containsExactlyElementsOf(
                    concat(List.of(change.id() + ".json"), csvNames));
            assertThat(page.command()).as("the JVM command line").isEqualTo(change.command(jvm));
            assertThat(page.address()).isEqualTo("?" + change.name() + "=" + change.value());
            assertThat(chromium.consoleErrors()).as(change.id()).isEmpty();
        }
        chromium.screenshot("explore-changed-" + CHANGES.get(CHANGES.size() - 1).id());
        WebElement copy = driver.findElement(By.id("explore-copy"));
        copy.click();
        assertThat(labelAfterClick(copy)).isIn("Copied", "Selected: press Ctrl+C");
    }

    /** The button's label once the clipboard's promise settled (it says so for 2 s), or its label after 10 s. */
    private static String labelAfterClick(WebElement button) throws InterruptedException {
        String label = button.getText();
        for (int i = 0; i < 200 && label.equals("Copy"); i++) {
            Thread.sleep(50);
            label = button.getText();
        }
        return label;
    }

    @Test
    void aBadValueIsRefusedBesideItsControlAndTheLastGoodFigureStays() throws Exception {
        String id = "gd-2d-nonconvex";
        page.open(ExploreSite.page(site, id, "learningRate=0.2"));
        String pixels = page.pixels();
        String variant = page.shownVariant();
        String data = page.download(id + ".json");
        for (Map.Entry<String, String> bad : List.of(Map.entry("epochs", "0"), Map.entry("epochs", "1.5"),
                Map.entry("gridStep", "abc"))) {
            String good = page.input(bad.getKey()).getAttribute("value");
            assertThat(page.set(bad.getKey(), bad.getValue())).as("%s", bad).isEqualTo("refused");
            assertThatThrownBy(() -> RenderJob.of(RecipeRegistry.find(id).orElseThrow(),
                    Map.of("learningRate", "0.2", bad.getKey(), bad.getValue()), null).compute())
                    .hasMessage(page.message(bad.getKey()));
            assertThat(page.input(bad.getKey()).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.status()).contains("The figure shows the last good variant.");
            assertThat(page.shownVariant()).isEqualTo(variant);
            assertThat(page.pixels()).as("the last good figure").isEqualTo(pixels);
            assertThat(page.download(id + ".json")).isEqualTo(data);
            assertThat(page.address()).isEqualTo("?learningRate=0.2");
            chromium.screenshot("explore-refused");
            assertThat(page.set(bad.getKey(), good)).isEqualTo("shown");
            assertThat(page.message(bad.getKey())).isEmpty();
            assertThat(page.pixels()).isEqualTo(pixels);
        }
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void aThreeDPanelTurnsWithTheArrowKeys() throws Exception {
        page.open(ExploreSite.page(site, "steep-optima-surface", ""));
        WebElement panel = driver.findElement(By.cssSelector("#live-figure canvas.atlas-3d"));
        driver.executeScript("arguments[0].focus();", panel);
        String before = page.pixels();
        panel.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_UP);
        assertThat(driver.switchTo().activeElement()).isEqualTo(panel);
        assertThat(page.pixels()).as("turned").isNotEqualTo(before);
        panel.sendKeys(Keys.HOME);
        assertThat(page.pixels()).as("Home returns to the figure's view").isEqualTo(before);
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void theAddressOpensTheVariantAndResetReturnsToTheDefaults() throws Exception {
        String id = "gd-2d-nonconvex";
        page.open(ExploreSite.page(site, id, ""));
        String defaults = page.pixels();
        page.open(ExploreSite.page(site, id, "learningRate=0.1&x0Run0=1"));
        assertThat(page.input("learningRate").getAttribute("value")).isEqualTo("0.1");
        assertThat(page.input("x0Run0").getAttribute("value")).isEqualTo("1");
        assertThat(page.command()).endsWith("render " + id + " --set x0Run0=1 --set learningRate=0.1");
        assertThat(DataDifferences.describe(renderSet(new Change(id, "learningRate", "0.1"), "--set", "x0Run0=1"),
                page.download(id + ".json"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("#params-table tr[data-name=\"learningRate\"]"))
                .getAttribute("class")).isEqualTo("changed");
        int before = page.results();
        driver.findElement(By.id("explore-reset")).click();
        assertThat(page.settledAfter(before)).isEqualTo("shown");
        assertThat(page.input("learningRate").getAttribute("value")).isEqualTo(defaultText("learningRate"));
        assertThat(page.address()).isEmpty();
        assertThat(page.pixels()).isEqualTo(defaults);
        assertThat(DataDifferences.describe(Files.readString(Path.of(System.getProperty("golden.dir", "figures"),
                id + ".json"), StandardCharsets.UTF_8), page.download(id + ".json"))).isEmpty();
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void aLongRunShowsItsProgressKeepsThePageRespondingAndCanBeStopped() throws Exception {
        page.open(ExploreSite.page(site, "tango-fig1", ""));
        String pixels = page.pixels();
        // atol 1e-4: no run converges early; a million steps per method (about 0.6 s in Chromium here)
        page.type("maxIters", "1000000");
        page.type("atol", "0.0001");
        // While the worker computes 300,000 steps, the page's own thread answers timers on time.
        @SuppressWarnings("unchecked")
        Map<String, Object> watched = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1], root = document.getElementById('explore');"
                + " let last = performance.now(), worst = 0, sign = false, stop = false;"
                + " (function tick() { const now = performance.now(); worst = Math.max(worst, now - last); last = now;"
                + "   sign = sign || !document.getElementById('explore-busy').hidden;"
                + "   stop = stop || !document.getElementById('explore-stop').hidden;"
                + "   if (root.dataset.state === 'busy') { setTimeout(tick, 10); }"
                + "   else { done({worst: worst, sign: sign, stop: stop, state: root.dataset.state}); } })();");
        assertThat(watched.get("state")).isEqualTo("shown");
        assertThat((Boolean) watched.get("sign")).as("the busy sign showed").isTrue();
        assertThat(((Number) watched.get("worst")).doubleValue()).as("longest pause of the page, ms").isLessThan(250);
        String changed = page.pixels();
        assertThat(changed).isNotEqualTo(pixels);
        int before = page.results();
        // atol 1e-6 and rtol 0, both set before one change event: no convergence test left, about 2 s
        driver.executeScript("document.getElementById('param-atol').value = '0.000001';"
                + " const rtol = document.getElementById('param-rtol'); rtol.value = '0';"
                + " rtol.dispatchEvent(new Event('change'));");
        WebElement stop = driver.findElement(By.id("explore-stop"));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!stop.isDisplayed() && page.results() == before && System.nanoTime() < deadline) {
            ExplorePage.pause(20);
        }
        if (stop.isDisplayed()) { // a fast machine may finish before the button shows
            driver.executeScript("arguments[0].click();", stop);
            assertThat(page.settledAfter(before)).isEqualTo("stopped");
            assertThat(page.status()).startsWith("Stopped.");
            assertThat(page.pixels()).isEqualTo(changed);
        }
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void atPhoneWidthNothingOverflowsAndTheControlsWork() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (Change change : CHANGES) {
                assertThat(page.open(ExploreSite.page(site, change.id(), ""))).isEqualTo("shown");
                Object overflow = driver.executeScript("return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("%s overflows at 390 px", change.id())
                        .isLessThanOrEqualTo(0);
                Object outside = driver.executeScript("const w = document.documentElement.clientWidth;"
                        + " return Array.from(document.querySelectorAll('#explore input, #explore button, #live-figure"
                        + " canvas')).filter(e => { const r = e.getBoundingClientRect();"
                        + " return r.width > 0"
                        + "   && (r.left < 0 || r.right > w || (r.height < 24 && e.type !== 'checkbox')); })"
                        + ".map(e => e.id || e.tagName);");
                assertThat((List<?>) outside).as("%s controls cut off or too small", change.id()).isEmpty();
                assertThat(page.set(change.name(), change.value())).isEqualTo("shown");
            }
            chromium.screenshot("explore-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1600));
        }
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void withoutWebAssemblyThePageKeepsItsStaticFigureAndSaysWhy() throws Exception {
        try (HeadlessChromium plain = HeadlessChromium.start(dir.resolve("profile-no-wasm"))) {
            // a browser that cannot run the engine: no WebAssembly, no workers (the engine's worker then fails)
            plain.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", "delete window.WebAssembly; window.Worker = undefined;"));
            ExplorePage noWasm = new ExplorePage(plain.driver());
            assertThat(noWasm.open(ExploreSite.page(site, "gd-2d-nonconvex", "learningRate=0.1")))
                    .isEqualTo("unavailable");
            assertThat(noWasm.status()).contains("Exploring needs WebAssembly GC");
            assertThat(plain.driver().findElement(By.id("static-figure")).isDisplayed()).isTrue();
            assertThat(plain.driver().findElement(By.id("explore-form")).isDisplayed()).isFalse();
            assertThat(plain.driver().findElement(By.id("explore-reset")).isDisplayed()).isFalse();
        }
    }

    /** The default a control names beside it ("default 0.3"). */
    private static String defaultText(String name) {
        return driver.findElement(By.id("default-" + name)).getText().replace("default ", "");
    }

    /** The data file {@code render id --set ...} writes, run through the command line in this JVM. */
    private static String renderSet(Change change, String... more) throws Exception {
        Path out = Files.createTempDirectory(dir, change.id());
        List<String> args = new ArrayList<>(List.of("render", change.id(), "--out", out.toString(), "--cache",
                dir.resolve("cache").toString(), "--quiet"));
        args.addAll(change.name().equals("seed") ? List.of("--seed", change.value())
                : List.of("--set", change.name() + "=" + change.value()));
        args.addAll(List.of(more));
        assertThat(GradientAtlasCommand.commandLine().execute(args.toArray(String[]::new))).as("%s", args).isZero();
        return Files.readString(out.resolve(change.id() + ".json"), StandardCharsets.UTF_8);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    record Change(String id, String name, String value) {
        FigureData jvm() {
            var recipe = RecipeRegistry.find(id).orElseThrow();
            return name.equals("seed") ? RenderJob.of(recipe, Map.of(), Long.parseLong(value)).compute().data()
                    : RenderJob.of(recipe, Map.of(name, value), null).compute().data();
        }

        String command(FigureData data) {
            return "java -jar target/gradient-atlas.jar render " + id + (data.seed() == null ? ""
                    : " --seed " + data.seed()) + (name.equals("seed") ? "" : " --set " + name + "=" + value);
        }
    }
}
