package org.gradientatlas.scene;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gradientatlas.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Screenshots of every figure of the scene gallery as the browser draws it, at a desktop width (1000 px) and a
 * phone's (390 px), to look at beside figures/ID.svg: {@code java ... SceneScreenshots OUT_DIR}.
 */
public final class SceneScreenshots {
    private SceneScreenshots() {
    }

    /** The figure's first 3-D panel turned with the keyboard (15° left, 10° up, zoomed in), focused. */
    private static void turned(ChromeDriver driver, Path out, String id) throws java.io.IOException {
        WebElement section = section(driver, id);
        WebElement canvas = section.findElement(By.cssSelector("canvas.atlas-3d"));
        for (int k = 0; k < 3; k++) {
            canvas.sendKeys(Keys.ARROW_LEFT);
        }
        canvas.sendKeys(Keys.ARROW_UP, Keys.ARROW_UP, "+");
        Files.write(out.resolve(id + "-turned.png"), section.getScreenshotAs(OutputType.BYTES));
    }

    /** The tooltip of point {@code point} of line {@code line} on panel {@code panel}, with the mouse over it. */
    private static void hovered(ChromeDriver driver, Path out, String id, int panel, int line, int point)
            throws java.io.IOException {
        WebElement section = section(driver, id);
        WebElement canvas = section.findElements(By.tagName("canvas")).get(panel);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", section);
        int index = org.gradientatlas.recipe.RecipeRegistry.ids().indexOf(id);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> at = (java.util.Map<String, Number>) driver.executeScript(
                "return handles[arguments[0]].locate(arguments[1], arguments[2], arguments[3]);", index, panel, line,
                point);
        int dx = (int) Math.round(at.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(canvas, dx, dy).perform();
        Files.write(out.resolve(id + "-tip.png"), section.getScreenshotAs(OutputType.BYTES));
    }

    private static WebElement section(ChromeDriver driver, String id) {
        return driver.findElements(By.tagName("section")).stream()
                .filter(s -> s.findElement(By.tagName("h2")).getText().equals(id)).findFirst().orElseThrow();
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
            driver.manage().window().setSize(new Dimension(1000, 1200));
            driver.get(page.toUri().toString());
            turned(driver, out, "pathological-curvature-surface");
            hovered(driver, out, "subgd-projection", 1, 21, 40);
            hovered(driver, out, "pathological-curvature-trajectories", 0, 2, 12);
            System.out.println("console errors: " + chromium.consoleErrors());
        }
    }
}
