package org.gradientatlas.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gradientatlas.HeadlessChromium;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * Draws the scene of every default figure with atlas-figure.js in headless Chromium, from file://: every canvas
 * shows a drawing, a 3-D panel turns with the arrow keys, hovering a path point tells its data row, a phone-wide
 * window stacks the panels, and the console stays free of errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SceneDrawingBrowserIT {
    private static final int DESKTOP = 1000;
    private static final int PHONE = 390;
    private HeadlessChromium chromium;
    private ChromeDriver driver;
    private String page;

    @BeforeAll
    void openGallery() throws Exception {
        Path dir = Files.createTempDirectory("scene-gallery");
        page = SceneGallery.write(dir.resolve("gallery")).toUri().toString();
        chromium = HeadlessChromium.start(dir.resolve("chromium-profile"));
        driver = chromium.driver();
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private void open(int width) {
        driver.manage().window().setSize(new Dimension(width, 1000));
        driver.get(page);
    }

    @Test
    void everyFigureIsDrawnOnCanvasesThatShowSomething() {
        open(DESKTOP);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> canvases = (List<Map<String, Object>>) driver.executeScript("""
                return handles.flatMap(function (h, i) {
                  return h.canvases().map(function (c) {
                    var ctx = c.getContext("2d"), d = ctx.getImageData(0, 0, c.width, c.height).data;
                    var inked = 0, colours = new Set();
                    for (var k = 0; k < d.length; k += 4 * 7) {
                      if (d[k] < 250 || d[k + 1] < 250 || d[k + 2] < 250) inked++;
                      colours.add((d[k] << 16) | (d[k + 1] << 8) | d[k + 2]);
                    }
                    return { figure: ATLAS_SCENES[i].id, inked: inked / (d.length / 28), colours: colours.size,
                             width: c.width };
                  });
                });
                """);
        assertThat(canvases).extracting(c -> c.get("figure")).containsAll(RecipeRegistry.ids());
        assertThat(canvases).as("one canvas per panel").hasSize(30);
        for (Map<String, Object> canvas : canvases) {
            assertThat(((Number) canvas.get("inked")).doubleValue()).as("share of inked pixels in %s", canvas)
                    .isGreaterThan(0.01);
            assertThat(((Number) canvas.get("colours")).intValue()).as("colours in %s", canvas).isGreaterThan(3);
        }
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void arrowKeysTurnAThreeDPanelAndPlusZooms() {
        open(DESKTOP);
        int figure = RecipeRegistry.ids().indexOf("pathological-curvature-surface");
        WebElement canvas = canvas(figure, 0);
        String before = pixels(canvas);
        canvas.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_UP);
        assertThat(view(figure)).containsEntry("azimuth", -50L).containsEntry("elevation", 35L);
        assertThat(pixels(canvas)).as("the turned view is drawn").isNotEqualTo(before);
        assertThat(driver.executeScript("return document.activeElement === arguments[0]"
                + " && getComputedStyle(arguments[0]).outlineStyle", canvas)).as("visible focus ring")
                .isEqualTo("solid");
        canvas.sendKeys("+");
        assertThat(((Number) view(figure).get("zoom")).doubleValue()).isGreaterThan(1);
        canvas.sendKeys("0");
        assertThat(view(figure)).containsEntry("azimuth", -60L).containsEntry("elevation", 30L);
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void draggingTurnsAThreeDPanelAndTheWheelZoomsIt() {
        open(DESKTOP);
        int figure = RecipeRegistry.ids().indexOf("steep-optima-surface");
        WebElement canvas = canvas(figure, 0);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        new Actions(driver).moveToElement(canvas).clickAndHold().moveByOffset(40, 0).moveByOffset(40, 0).release()
                .perform();
        pixels(canvas);
        assertThat(((Number) view(figure).get("azimuth")).doubleValue()).as("dragged 80 px right")
                .isEqualTo(-60 - 40, org.assertj.core.data.Offset.offset(1e-9));
        new Actions(driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas), 0, -300).perform();
        pixels(canvas);
        assertThat(((Number) view(figure).get("zoom")).doubleValue()).as("wheel up zooms in").isGreaterThan(1.2);
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void oneFingerTurnsAndTwoFingersPinchToZoom() {
        open(DESKTOP);
        int figure = RecipeRegistry.ids().indexOf("perlin-gd-a");
        WebElement canvas = canvas(figure, 1);
        @SuppressWarnings("unchecked")
        Map<String, Number> after = (Map<String, Number>) driver.executeScript("""
                var c = arguments[0], r = c.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
                function touch(type, id, dx, dy) {
                  c.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: "touch", isPrimary: id === 1,
                    clientX: x + dx, clientY: y + dy, bubbles: true }));
                }
                touch("pointerdown", 1, 0, 0); touch("pointermove", 1, 30, 0); touch("pointerup", 1, 30, 0);
                var turned = handles[arguments[1]].view(1).azimuth;
                touch("pointerdown", 1, -20, 0); touch("pointerdown", 2, 20, 0);
                touch("pointermove", 1, -40, 0); touch("pointermove", 2, 40, 0);
                touch("pointerup", 1, -40, 0); touch("pointerup", 2, 40, 0);
                return { azimuth: turned, zoom: handles[arguments[1]].view(1).zoom };
                """, canvas, figure);
        assertThat(after.get("azimuth").doubleValue()).as("30 px to the right").isEqualTo(-60 - 15.0);
        assertThat(after.get("zoom").doubleValue()).as("fingers twice as far apart").isEqualTo(2.0);
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void hoveringAPathPointTellsItsStepCoordinatesAndLoss() {
        open(DESKTOP);
        int figure = RecipeRegistry.ids().indexOf("pathological-curvature-trajectories");
        WebElement canvas = canvas(figure, 0);
        // A point of the first line (SGD) with no other point of the panel within 12 px.
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) driver.executeScript("""
                var h = handles[arguments[0]], lines = ATLAS_SCENES[arguments[0]].panels[0].lines, all = [];
                lines.forEach(function (l, i) {
                  l.x.forEach(function (_, k) { all.push([i, k, h.locate(0, i, k)]); });
                });
                for (var k = 0; k < lines[0].x.length; k++) {
                  var p = h.locate(0, 0, k);
                  if (all.every(function (q) { return q[0] === 0 && q[1] === k
                      || Math.hypot(q[2].x - p.x, q[2].y - p.y) > 12; })) return { x: p.x, y: p.y, step: k };
                }
                return null;
                """, figure);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        int dx = (int) Math.round(at.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(canvas, dx, dy).perform();
        WebElement tip = driver.findElement(By.cssSelector("#figure-" + figure + " .atlas-figure-tip"));
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).contains("SGD").contains("step " + at.get("step")).contains("w1 ").contains("w2 ")
                .contains("loss ");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void aPhoneWideWindowStacksThePanelsWithinItsWidth() {
        open(PHONE);
        int figure = RecipeRegistry.ids().indexOf("stochastic-landscape-k10");
        WebElement first = canvas(figure, 0);
        WebElement second = canvas(figure, 1);
        assertThat(second.getLocation().getY()).as("second panel below the first")
                .isGreaterThanOrEqualTo(first.getLocation().getY() + first.getSize().getHeight());
        Number widest = (Number) driver.executeScript("return Math.max.apply(null, handles.flatMap(function (h) {"
                + " return h.canvases().map(function (c) { return c.getBoundingClientRect().right; }); }));");
        Number viewport = (Number) driver.executeScript("return document.documentElement.clientWidth;");
        assertThat(widest.doubleValue()).isLessThanOrEqualTo(viewport.doubleValue());
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void updateKeepsTheTurnedViewAndABadSceneKeepsTheLastDrawing() {
        open(DESKTOP);
        int figure = RecipeRegistry.ids().indexOf("steep-optima-surface");
        WebElement canvas = canvas(figure, 0);
        canvas.sendKeys(Keys.ARROW_LEFT);
        Object kept = driver.executeScript("var h = handles[arguments[0]]; h.update(ATLAS_SCENES[arguments[0]]);"
                + " return h.view(0).azimuth;", figure);
        assertThat(kept).isEqualTo(-65L);
        assertThat(driver.executeScript("return document.activeElement === arguments[0];", canvas))
                .as("the same canvas keeps the keyboard focus").isEqualTo(true);
        String drawn = pixels(canvas(figure, 0));
        Object error = driver.executeScript("try { handles[arguments[0]].update({format: 'other'}); return null; }"
                + " catch (e) { return e.message; }", figure);
        assertThat(error).asString().contains("not a Gradient Atlas scene");
        assertThat(pixels(canvas(figure, 0))).isEqualTo(drawn);
    }

    private WebElement canvas(int figure, int panel) {
        return driver.findElements(By.cssSelector("#figure-" + figure + " canvas")).get(panel);
    }

    /** The canvas's pixels, once the frame a key press asked for is drawn. */
    private String pixels(WebElement canvas) {
        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(function () { requestAnimationFrame(done); });");
        return (String) driver.executeScript("return arguments[0].toDataURL();", canvas);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> view(int figure) {
        return (Map<String, Object>) driver.executeScript("return handles[arguments[0]].view(0);", figure);
    }
}
