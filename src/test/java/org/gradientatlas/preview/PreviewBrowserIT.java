package org.gradientatlas.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gradientatlas.HeadlessChromium;
import org.gradientatlas.output.Sha256;
import org.gradientatlas.recipe.autograd.GdQuadraticRecipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The live preview in a real browser, on a private copy of the compiled classes: a recipe recompiled with javac
 * shows in the open page without touching the browser; a recipe that throws, or whose default fails its parameter
 * checks, shows its error on its page while the last good figure stays; figures/ is never touched. The time from
 * "javac wrote the class files" to "the open page shows the change" is written to
 * target/browser-artifacts/preview-latency.txt (a measurement, not an assertion).
 */
class PreviewBrowserIT {
    private static final String PAGE = "figures/gd-1d-quadratic.html";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void recompiledRecipesShowInTheOpenPageAndFailingOnesShowTheirErrorBesideTheLastGoodFigure() throws Exception {
        Map<String, String> figuresBefore = hashes(Path.of("figures"));
        CompiledClasses classes = CompiledClasses.copyInto(temp.resolve("classes"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path templates = copyTemplates(temp.resolve("templates"));
        PreviewOptions options = new PreviewOptions(classes.dir(), templates, temp.resolve("site"), null, 0, 2, "test",
                "unknown");
        List<Long> latencies = new ArrayList<>();
        try (Preview preview = Preview.start(options, tee(log));
             HeadlessChromium chromium = HeadlessChromium.start(temp.resolve("profile"))) {
            ChromeDriver driver = chromium.driver();
            driver.get(preview.address().resolve(PAGE).toString());
            assertThat(caption(driver)).startsWith("Plain gradient descent").contains("100 updates each");
            until(driver, d -> preview.openPages() > 0);

            for (int edit = 1; edit <= 3; edit++) {
                int updates = 100 - 10 * edit;
                String caption = "Edit " + edit + " of gradient descent";
                classes.recompile(GdQuadraticRecipe.class, source -> source
                        .replace("Plain gradient descent on f(x)", caption + " on f(x)")
                        .replace("return new Params(-3, 0.1, 4, 0.8, 100,", "return new Params(-3, 0.1, 4, 0.8, " + updates + ","));
                long written = System.nanoTime();
                until(driver, d -> caption(d).startsWith(caption));
                latencies.add((System.nanoTime() - written) / 1_000_000);
                assertThat(caption(driver)).contains(updates + " updates each");
                assertThat(parameter(driver, "epochs")).isEqualTo(updates + " " + updates);
            }
            chromium.screenshot("preview-after-edit");

            Path figureTemplate = templates.resolve("figure.ftlh");
            Files.writeString(figureTemplate, Files.readString(figureTemplate).replace("<h2>Reproduce</h2>",
                    "<h2 id=\"edited-template\">Reproduce it</h2>"));
            until(driver, d -> !d.findElements(By.id("edited-template")).isEmpty());
            byte[] lastGoodSvg = get(preview.address().resolve("figures/gd-1d-quadratic.svg"));
            assertThat(new String(lastGoodSvg, StandardCharsets.UTF_8)).contains("<svg");

            classes.recompile(GdQuadraticRecipe.class, source -> source.replace(
                    "    public Figure compute(Params p, long seed) {",
                    "    public Figure compute(Params p, long seed) {\n"
                            + "        if (seed == 0) throw new IllegalStateException(\"a recipe bug\");"));
            String error = errorOnPage(driver);
            assertThat(error).contains("IllegalStateException: a recipe bug", "GdQuadraticRecipe.compute")
                    .contains("last good figure");
            assertLastGoodFigureKept(driver, preview, lastGoodSvg);
            chromium.screenshot("preview-recipe-throws");

            classes.recompile(GdQuadraticRecipe.class, source -> source.replace(
                    "return new Params(-3, 0.1, 4, 0.8, 100,", "return new Params(Double.NaN, 0.1, 4, 0.8, 100,"));
            until(driver, d -> errorOnPage(d).contains("x0Run0"));
            assertLastGoodFigureKept(driver, preview, lastGoodSvg);

            classes.recompile(GdQuadraticRecipe.class, source -> source.replace("Plain gradient descent on f(x)",
                    "Fixed gradient descent on f(x)"));
            until(driver, d -> caption(d).startsWith("Fixed gradient descent"));
            assertThat(driver.findElements(By.id("preview-error"))).isEmpty();
            assertThat(chromium.consoleErrors()).isEmpty();
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("gd-1d-quadratic updated",
                "gd-1d-quadratic failed: IllegalStateException: a recipe bug", "(showing its last good figure)");
        assertThat(hashes(Path.of("figures"))).as("figures/ untouched").isEqualTo(figuresBefore);
        record(latencies);
    }

    /** The caption; a page may reload at any time (the images follow a change), so read until it holds still. */
    private static String caption(WebDriver driver) {
        return until(driver, d -> d.findElement(By.tagName("figcaption")).getText());
    }

    /** The parameter's value and default as the page's table shows them. */
    private static String parameter(ChromeDriver driver, String name) {
        return until(driver, d -> (String) driver.executeScript("return Array.from(document.querySelectorAll('tbody tr'))"
                + ".filter(r => r.cells[0].textContent === arguments[0])"
                + ".map(r => r.cells[1].textContent + ' ' + r.cells[2].textContent)[0]", name));
    }

    private static String errorOnPage(WebDriver driver) {
        return until(driver, d -> d.findElements(By.id("preview-error")).stream()
                .map(e -> e.getText()).findFirst().orElse(null));
    }

    /** The page still shows the last good figure: the same SVG is served and the image decodes. */
    private static void assertLastGoodFigureKept(ChromeDriver driver, Preview preview, byte[] lastGoodSvg)
            throws Exception {
        assertThat(caption(driver)).startsWith("Edit 3 of gradient descent");
        assertThat(get(preview.address().resolve("figures/gd-1d-quadratic.svg"))).isEqualTo(lastGoodSvg);
        // Polled: an image whose page is reloading (the error's pages were just written) reports itself complete
        // with no size; within the patience the reloaded page's image must decode.
        Number width = until(driver, d -> {
            Number now = (Number) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "const img = document.querySelector('img.figure');"
                    + "img.complete ? done(img.naturalWidth) : img.addEventListener('load', () => done(img.naturalWidth));");
            return now.intValue() > 0 ? now : null;
        });
        assertThat(width.intValue()).isPositive();
    }

    /**
     * Polls every 20 ms until {@code condition} gives true or a value; a page being reloaded meanwhile (elements
     * gone or stale) counts as not yet.
     */
    private static <T> T until(WebDriver driver, Function<WebDriver, T> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                T value = condition.apply(driver);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (WebDriverException e) {
                // reloading
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + PATIENCE + " on " + driver.getCurrentUrl());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static byte[] get(URI uri) throws IOException {
        try (var in = uri.toURL().openStream()) {
            return in.readAllBytes();
        }
    }

    private static Path copyTemplates(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
        return target;
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                hashes.put(file.getFileName().toString(), Sha256.of(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static PrintStream tee(ByteArrayOutputStream log) {
        return new PrintStream(new OutputStream() {
            @Override
            public synchronized void write(int b) {
                log.write(b);
                System.out.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                log.write(b, off, len);
                System.out.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
    }

    private static void record(List<Long> latencies) throws IOException {
        Path file = Path.of("target", "browser-artifacts", "preview-latency.txt");
        Files.createDirectories(file.getParent());
        String text = "javac wrote the class files -> the open page shows the change, ms: " + latencies + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.print(text);
    }
}
