package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gradientatlas.Atlas;
import org.gradientatlas.HeadlessChromium;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.render.RenderJob;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens the slider page from disk in headless Chromium: the slider and the arrow keys change the sample, which the
 * recipe itself computes in the browser (atlas-engine.js) and atlas-figure.js draws; the numbers read out are the
 * JVM's.
 */
class StochasticLandscapePageBrowserIT {
    private static final String RECIPE = "stochastic-landscape-k10";

    @TempDir
    Path dir;

    @Test
    void theSliderAndArrowKeysComputeAndDrawTheChosenSample() throws Exception {
        Assumptions.assumeTrue(SiteAssets.haveEngine(), "no browser engine in the classes (mvn package builds it)");
        Path site = dir.resolve("site");
        new SiteBuilder(new BuildProvenance("test", "0123456789abcdef0123456789abcdef01234567"))
                .build(List.of(new Atlas().renderDefault(RecipeRegistry.find(RECIPE).orElseThrow())), site);
        Path page = site.resolve("stochastic-landscape/index.html");

        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("chromium-profile"))) {
            ChromeDriver driver = chromium.driver();
            driver.get(page.toUri() + "?k=10");
            assertThat(shown(driver, 10)).isTrue();
            FigureData k10 = RenderJob.ofDefaults(RecipeRegistry.find(RECIPE).orElseThrow()).compute().data();
            assertThat(text(driver, "readout")).startsWith("sample 10: x = "
                    + fourDigits(k10.series().get("data").column("x")[10]) + ", y = "
                    + fourDigits(k10.series().get("data").column("y")[10]) + "; ").contains("path of 11 points");
            String at10 = pixels(driver);

            WebElement slider = driver.findElement(By.id("sample"));
            slider.sendKeys(Keys.END);
            assertThat(shown(driver, 99)).isTrue();
            assertThat(pixels(driver)).as("sample 99's figure differs from sample 10's").isNotEqualTo(at10);
            assertThat(driver.getCurrentUrl()).endsWith("?k=99");
            slider.sendKeys(Keys.ARROW_LEFT);
            assertThat(shown(driver, 98)).isTrue();
            driver.findElement(By.tagName("h1")).click();
            driver.findElement(By.tagName("body")).sendKeys(Keys.HOME);
            assertThat(shown(driver, 0)).isTrue();
            assertThat(text(driver, "readout")).contains("path of 1 point");
            Object remote = driver.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(e => !e.name.startsWith('file:') && !e.name.startsWith('blob:')).length;");
            assertThat(((Number) remote).intValue()).as("resources not loaded from disk").isZero();
            System.out.printf(Locale.ROOT, "stochastic-landscape page: %s ms to compute and draw a sample%n",
                    driver.findElement(By.id("live-figure")).getAttribute("data-ms"));
            chromium.screenshot("stochastic-landscape-page");
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    /** Waits until the drawn figure is sample k's (the page computes it in a worker). */
    private static boolean shown(ChromeDriver driver, int k) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            WebElement live = driver.findElement(By.id("live-figure"));
            if (String.valueOf(k).equals(live.getAttribute("data-sample")) && live.isDisplayed()) {
                return true;
            }
            ExplorePage.pause(20);
        }
        return false;
    }

    /** As the page writes numbers: four significant digits, a true minus sign. */
    private static String fourDigits(double v) {
        String digits = new BigDecimal(Math.abs(v)).round(new MathContext(4)).toPlainString();
        return (v < 0 ? "\u2212" : "") + digits;
    }

    private static String text(ChromeDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static String pixels(ChromeDriver driver) {
        return (String) driver.executeScript("return Array.from(document.querySelectorAll('#live-figure canvas'))"
                + ".map(c => c.toDataURL()).join('|');");
    }
}
