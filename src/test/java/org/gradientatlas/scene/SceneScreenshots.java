package org.gradientatlas.scene;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gradientatlas.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of every figure of the scene gallery as the browser draws it, at a desktop width (1000 px) and a
 * phone's (390 px), to look at beside figures/ID.svg: {@code java ... SceneScreenshots OUT_DIR}.
 */
public final class SceneScreenshots {
    private SceneScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/scene-screenshots");
        Path page = SceneGallery.write(out.resolve("gallery"));
        try (HeadlessChromium chromium = HeadlessChromium.start(out.resolve("chromium-profile"))) {
            ChromeDriver driver = chromium.driver();
            for (int width : new int[] {1000, 390}) {
                driver.manage().window().setSize(new Dimension(width, 1200));
                driver.get(page.toUri().toString());
                List<WebElement> sections = driver.findElements(By.tagName("section"));
                for (WebElement section : sections) {
                    String id = section.findElement(By.tagName("h2")).getText();
                    driver.executeScript("arguments[0].scrollIntoView()", section);
                    Files.write(out.resolve(id + "-" + width + ".png"), section.getScreenshotAs(OutputType.BYTES));
                }
            }
            System.out.println("console errors: " + chromium.consoleErrors());
        }
    }
}
