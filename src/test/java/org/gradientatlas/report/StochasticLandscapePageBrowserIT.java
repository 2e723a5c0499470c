package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gradientatlas.HeadlessChromium;
import org.gradientatlas.Atlas;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Opens the slider page from disk in headless Chromium: moving the slider changes the sample and its path. */
class StochasticLandscapePageBrowserIT {
    @TempDir
    Path dir;

    @Test
    void theSliderAndArrowKeysChangeTheShownSampleAndPath() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuilder(new BuildProvenance("test", "0123456789abcdef0123456789abcdef01234567"))
                .build(List.of(new Atlas().renderDefault(RecipeRegistry.find("stochastic-landscape-k10").orElseThrow())), site);
        Path page = site.resolve("stochastic-landscape/index.html");

        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("chromium-profile"))) {
            ChromeDriver driver = chromium.driver();
            driver.get(page.toUri() + "?k=10");
            assertThat(shown(driver)).isEqualTo("10/11");
            assertThat(text(driver, "readout")).startsWith("sample 10: x = ").contains("path of 11 points");
            String leftAt10 = canvas(driver, "sample-loss");
            String rightAt10 = canvas(driver, "empirical-risk");

            WebElement slider = driver.findElement(By.id("sample"));
            slider.sendKeys(Keys.END);
            assertThat(shown(driver)).isEqualTo("99/100");
            assertThat(text(driver, "left-title")).isEqualTo("log loss of sample 99");
            assertThat(canvas(driver, "sample-loss")).as("sample 99's loss differs from sample 10's")
                    .isNotEqualTo(leftAt10);
            assertThat(canvas(driver, "empirical-risk")).as("the longer path is drawn").isNotEqualTo(rightAt10);
            slider.sendKeys(Keys.ARROW_LEFT);
            assertThat(shown(driver)).isEqualTo("98/99");
            driver.findElement(By.tagName("h1")).click();
            driver.findElement(By.tagName("body")).sendKeys(Keys.HOME);
            assertThat(shown(driver)).isEqualTo("0/1");
            assertThat(text(driver, "readout")).contains("path of 1 point");
            Object remote = driver.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(e => !e.name.startsWith('file:')).length;");
            assertThat(((Number) remote).intValue()).as("resources not loaded from disk").isZero();
            Object millis = driver.executeScript("var s = document.getElementById('sample'), t = performance.now();"
                    + " for (var k = 1; k <= 20; k++) { s.value = k; s.dispatchEvent(new Event('input')); }"
                    + " return (performance.now() - t) / 20;");
            System.out.printf(java.util.Locale.ROOT, "stochastic-landscape page: %.1f ms per slider move%n",
                    ((Number) millis).doubleValue());
            chromium.screenshot("stochastic-landscape-page");
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    /** The sample the left panel shows and the number of points of the path, as "k/points". */
    private static String shown(ChromeDriver driver) {
        return driver.executeScript("return document.getElementById('sample-loss').dataset.sample + '/'"
                + " + document.getElementById('empirical-risk').dataset.pathPoints;").toString();
    }

    private static String text(ChromeDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static String canvas(ChromeDriver driver, String id) {
        return driver.executeScript("return document.getElementById(arguments[0]).toDataURL();", id).toString();
    }
}
