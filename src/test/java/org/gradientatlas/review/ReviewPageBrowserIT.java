package org.gradientatlas.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gradientatlas.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Opens a real review page in headless Chromium: it loads cleanly, every image decodes, the slider swipes. */
class ReviewPageBrowserIT {
    @TempDir
    Path dir;

    @Test
    void pageLoadsImagesDecodeAndTheSliderSwipes() throws Exception {
        Path before = Files.createDirectories(dir.resolve("before"));
        Path after = Files.createDirectories(dir.resolve("after"));
        SampleFigures.write(before, "moved", 1.0);
        SampleFigures.write(after, "moved", 1.3);
        SampleFigures.write(before, "same", 1.0);
        SampleFigures.write(after, "same", 1.0);
        SampleFigures.write(after, "new-one", 0.5);
        List<FigureChange> changes = FigureDiff.compare(new DirectoryFigures(before), new DirectoryFigures(after));
        Path page = dir.resolve("review/index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, new ReviewPage().render("Figure changes", "before", "after", changes));

        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("chromium-profile"))) {
            var driver = chromium.driver();
            driver.get(page.toUri().toString());
            Object broken = driver.executeScript("return Array.from(document.images)"
                    + ".filter(i => !i.complete || i.naturalWidth === 0).length;");
            assertThat(((Number) broken).intValue()).as("images that did not decode").isZero();
            assertThat(driver.findElements(By.cssSelector("section.figure"))).hasSize(2);
            WebElement top = driver.findElement(By.cssSelector("#figure-moved .swipe .top"));
            String halfway = top.getCssValue("clip-path");
            WebElement range = driver.findElement(By.cssSelector("#figure-moved [data-swipe-range]"));
            range.sendKeys(Keys.END);
            assertThat(top.getCssValue("clip-path")).isNotEqualTo(halfway).contains("0%");
            range.sendKeys(Keys.HOME);
            assertThat(top.getCssValue("clip-path")).contains("100%");
            chromium.screenshot("review-page");
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }
}
