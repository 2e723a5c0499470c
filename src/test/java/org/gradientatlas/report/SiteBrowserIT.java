package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.gradientatlas.Atlas;
import org.gradientatlas.HeadlessChromium;
import org.gradientatlas.InternalNames;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The whole site of every registered figure, as a reader gets it from disk (file://): valid HTML, every page loads
 * without console errors, every image decodes, every relative link and anchor resolves, the filter works, and it
 * fits a phone. Screenshots of the index and a figure page are kept in target/browser-artifacts.
 */
class SiteBrowserIT {
    @TempDir
    static Path dir;
    private static Path site;

    @BeforeAll
    static void buildSite() throws IOException {
        Atlas atlas = new Atlas();
        List<RenderedFigure> figures = RecipeRegistry.all().stream().<RenderedFigure>map(atlas::renderDefault)
                .toList();
        site = dir.resolve("site");
        new SiteBuilder(new BuildProvenance("test", "0123456789abcdef0123456789abcdef01234567"))
                .build(figures, site);
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Every text file a reader gets (pages, SVG, JSON, CSV, BibTeX) names the works, not our seed files. */
    @Test
    void noOutputShowsASeedFileNameAndEveryFigureCitesItsWork() throws Exception {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(site)) {
            texts = files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".png")).sorted().toList();
        }
        assertThat(texts).hasSizeGreaterThan(4 * RecipeRegistry.all().size());
        for (Path file : texts) {
            assertThat(Files.readString(file)).as("%s", site.relativize(file))
                    .doesNotContainPattern(InternalNames.SEED_FILE);
        }
        for (var recipe : RecipeRegistry.all()) {
            Path figures = site.resolve("figures");
            String page = Files.readString(figures.resolve(recipe.id() + ".html"));
            assertThat(page).as(recipe.id()).contains(HtmlEscape.text(recipe.work().citation().reference()))
                    .contains("href=\"" + recipe.id() + ".bib\"").contains("href=\"" + recipe.id() + ".figure.bib\"")
                    .contains("Cite this figure");
            assertThat(figures.resolve(recipe.id() + ".bib")).hasContent(recipe.work().citation().bibtex());
            assertThat(Files.readString(figures.resolve(recipe.id() + ".figure.bib")))
                    .startsWith("@misc{gradient-atlas-" + recipe.id() + ",")
                    .contains("0123456789abcdef0123456789abcdef01234567");
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        for (Path page : pages()) {
            String report = validator.validate(page);
            assertThat(report).as("Nu Html Checker on %s", site.relativize(page))
                    .contains("No errors found").doesNotContain("Error:").doesNotContain("Warning:");
        }
        assertThat(pages()).hasSize(RecipeRegistry.all().size() + 2); // + the index and the slider page
    }

    @Test
    void everyPageLoadsCleanlyWithWorkingImagesAndLinks() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile-pages"))) {
            ChromeDriver driver = chromium.driver();
            List<String> problems = new ArrayList<>();
            for (Path page : pages()) {
                driver.get(page.toUri().toString());
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
                // Gallery thumbnails load lazily: load them all now and wait, then list those that failed.
                Object broken = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "const images = Array.from(document.images);"
                        + "images.forEach(i => { i.loading = 'eager'; });"
                        + "Promise.all(images.map(i => i.complete ? null"
                        + " : new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); })))"
                        + ".then(() => done(images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)));");
                if (!((List<?>) broken).isEmpty()) {
                    problems.add(site.relativize(page) + ": images that did not load " + broken);
                }
                for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
                    String problem = brokenLink(page, link.getAttribute("href"));
                    if (problem != null) {
                        problems.add(site.relativize(page) + ": " + problem);
                    }
                }
                chromium.consoleErrors().forEach(e -> problems.add(site.relativize(page) + ": console " + e));
            }
            assertThat(problems).isEmpty();
        }
    }

    /** A link is broken when it leaves the site, or its file or its #anchor is missing. */
    private static String brokenLink(Path page, String href) throws IOException {
        URI uri = URI.create(href);
        if ("blob".equals(uri.getScheme())) {
            return null; // a download the Explore part made in the browser (ExplorePageBrowserIT checks them)
        }
        if (!"file".equals(uri.getScheme())) {
            return "link outside the site: " + href;
        }
        Path target = Path.of(URI.create(uri.getScheme() + "://" + uri.getRawPath()));
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            return "broken link " + href;
        }
        String anchor = uri.getFragment();
        if (anchor != null && !Files.readString(target).contains("id=\"" + anchor + "\"")) {
            return "missing anchor " + href;
        }
        return null;
    }

    @Test
    void filterNarrowsTheGalleryAndSaysHowMany() throws Exception {
        int all = RecipeRegistry.all().size();
        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile-filter"))) {
            ChromeDriver driver = chromium.driver();
            driver.get(site.resolve("index.html").toUri().toString());
            chromium.screenshot("site-index");
            WebElement input = driver.findElement(By.id("filter-input"));
            input.sendKeys("steep optima");
            List<WebElement> shown = visibleCards(driver);
            assertThat(shown).isNotEmpty().hasSizeLessThan(all)
                    .allMatch(card -> card.getText().toLowerCase().contains("steep optima"));
            assertThat(driver.findElement(By.id("filter-status")).getText())
                    .isEqualTo(shown.size() + " of " + all + " figures");
            input.sendKeys(" zzz-no-such-figure");
            assertThat(visibleCards(driver)).isEmpty();
            assertThat(driver.findElement(By.id("no-match")).isDisplayed()).isTrue();
            input.clear();
            input.sendKeys(Keys.SPACE, Keys.BACK_SPACE);
            assertThat(visibleCards(driver)).hasSize(all);
        }
    }

    private static List<WebElement> visibleCards(ChromeDriver driver) {
        return driver.findElements(By.cssSelector(".card")).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void keyboardReachesTheSkipLinkFirstAndPagesFitAPhone() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile-phone"))) {
            ChromeDriver driver = chromium.driver();
            String first = RecipeRegistry.all().get(0).id();
            driver.get(site.resolve("figures/" + first + ".html").toUri().toString());
            chromium.screenshot("site-figure-page");
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
            driver.manage().window().setSize(new Dimension(390, 844));
            for (String page : List.of("index.html", "figures/" + first + ".html", "stochastic-landscape/index.html")) {
                driver.get(site.resolve(page).toUri().toString());
                Object overflow = driver.executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s on a phone", page)
                        .isLessThanOrEqualTo(0);
            }
            chromium.screenshot("site-figure-page-phone");
        }
    }
}
