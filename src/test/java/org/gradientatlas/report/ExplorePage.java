package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A figure page's Explore part driven in the browser: its state, controls, drawing and downloads. */
final class ExplorePage {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChromeDriver driver;

    ExplorePage(ChromeDriver driver) {
        this.driver = driver;
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    /** Opens the page and waits for its first result; returns that result's state ("shown", "refused", ...). */
    String open(String address) {
        driver.get(address);
        return settledAfter(0);
    }

    /** The number of results settled so far (data-results). */
    int results() {
        String count = root().getAttribute("data-results");
        return count == null ? 0 : Integer.parseInt(count);
    }

    /** Waits until more than {@code before} results settled and none is running; returns the state. */
    String settledAfter(int before) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (results() <= before || "busy".equals(state())) {
            assertThat(System.nanoTime()).as("a result within %s", WAIT).isLessThan(deadline);
            pause(20);
        }
        return state();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String state() {
        return root().getAttribute("data-state");
    }

    /** Types {@code text} over a parameter's value and leaves the field with Tab, as a reader does; waits. */
    String set(String name, String text) {
        int before = results();
        type(name, text);
        return settledAfter(before);
    }

    /** Types {@code text} over a parameter's value and leaves the field with Tab, without waiting. */
    void type(String name, String text) {
        // select and overwrite: WebElement.clear() would fire a change with an empty field first
        input(name).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    WebElement input(String name) {
        return driver.findElement(By.id("param-" + name));
    }

    String message(String name) {
        return driver.findElement(By.id("message-" + name)).getText();
    }

    String status() {
        return driver.findElement(By.id("explore-status")).getText();
    }

    String command() {
        return driver.findElement(By.id("explore-command")).getText();
    }

    /** The shown variant's key (parameters and seed), which changes only when a new figure is drawn. */
    String shownVariant() {
        return driver.findElement(By.id("live-figure")).getAttribute("data-variant");
    }

    /** Every canvas of the live drawing as a PNG data URL, joined: equal texts, equal pictures. */
    String pixels() {
        return (String) driver.executeScript("return Array.from(document.querySelectorAll('#live-figure canvas'))"
                + ".map(c => c.toDataURL()).join('|');");
    }

    /** The text behind a download link of the Explore part (a Blob URL made in the page), by its file name. */
    String download(String fileName) {
        // as JSON: the driver would turn the CSV files' CR LF into LF
        String json = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " const link = Array.from(document.querySelectorAll('#explore-downloads a'))"
                + "   .find(a => a.getAttribute('download') === arguments[0]);"
                + " if (!link) { done(JSON.stringify('no link ' + arguments[0])); return; }"
                + " fetch(link.href).then(r => r.text()).then(t => done(JSON.stringify(t)),"
                + "   e => done(JSON.stringify('failed: ' + e)));", fileName);
        try {
            return JSON.readValue(json, String.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file names the download links offer, in order. */
    List<String> downloadNames() {
        return driver.findElements(By.cssSelector("#explore-downloads a")).stream()
                .map(a -> a.getAttribute("download")).toList();
    }

    String address() {
        return (String) driver.executeScript("return location.search;");
    }

    private WebElement root() {
        WebElement root = driver.findElement(By.id("explore"));
        assertThat(root).isNotNull();
        return root;
    }
}
