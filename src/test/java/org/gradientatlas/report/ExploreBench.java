package org.gradientatlas.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.gradientatlas.HeadlessChromium;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser benchmark of the Explore pages (a tool, not a test), on the site {@code mvn package} built, opened
 * from file:// in headless Chromium at a desktop width: per figure, the first result after opening the page (worker
 * start included), then recompute and redraw with the default parameters as a reader's change does (the engine's
 * answer, the data file parsed, the scene drawn and rasterized; median of 7 after 2 for warm-up); tango-fig1 also
 * with all 300,000 steps computed; a 100 x 100 surface turned by a key press every animation frame for two seconds;
 * the gzipped size of the site's scripts. Markdown on standard output.
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.gradientatlas.report.ExploreBench
 * [SITE_DIR [RUNS]]}.
 */
public final class ExploreBench {
    /** Runs in the page: recompute and redraw `runs` times into a drawing of its own in the figure's place. */
    private static final String RECOMPUTE = """
            var done = arguments[arguments.length - 1], id = arguments[0], set = JSON.parse(arguments[1]);
            var runs = arguments[2], live = document.getElementById("live-figure"), box = document.createElement("div");
            live.parentNode.insertBefore(box, live);
            live.hidden = true;
            var handle = null, total = [], worker = [];
            function median(a) { a = a.slice().sort(function (x, y) { return x - y; }); return a[a.length >> 1]; }
            function flush() {
              handle.canvases().forEach(function (c) { c.getContext("2d").getImageData(0, 0, 1, 1); });
            }
            function run(r) {
              if (r === runs + 2) {
                window.benchHandle = handle;
                done({ total: median(total), worker: median(worker) });
                return;
              }
              var t0 = performance.now();
              AtlasEngine.compute(id, set, "").then(function (answer) {
                JSON.parse(answer.data);
                if (handle) { handle.update(answer.scene); } else { handle = AtlasFigure.draw(box, answer.scene, {}); }
                flush();
                if (r >= 2) { total.push(performance.now() - t0); worker.push(answer.ms); }
                run(r + 1);
              }, function (e) { done({ error: String(e) }); });
            }
            run(0);
            """;

    /** Runs in the page: turns the drawing's first 3-D panel by a key press every animation frame for 2 s. */
    private static final String TURN = """
            var done = arguments[arguments.length - 1], h = window.benchHandle;
            var canvas = h.canvases().filter(function (c) { return c.classList.contains("atlas-3d"); })[0];
            canvas.scrollIntoView();
            var start = performance.now(), frames0 = h.stats.frames, ms0 = h.stats.frameMs;
            function step() {
              if (performance.now() - start >= 2000) {
                var frames = h.stats.frames - frames0;
                done({ fps: frames / ((performance.now() - start) / 1000), frameMs: (h.stats.frameMs - ms0) / frames });
                return;
              }
              canvas.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
              requestAnimationFrame(step);
            }
            requestAnimationFrame(step);
            """;

    private ExploreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args.length > 0 ? args[0] : "site").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        try (HeadlessChromium chromium = HeadlessChromium.start(Path.of("target", "explore-bench", "profile"))) {
            ChromeDriver driver = chromium.driver();
            driver.manage().window().setSize(new Dimension(1280, 1200));
            ExplorePage page = new ExplorePage(driver);
            System.out.printf(Locale.ROOT, "Chromium %s, 1280 px window, %d runs per figure, load average %s%n%n",
                    driver.getCapabilities().getBrowserVersion(), runs, loadAverage());
            System.out.println("| figure | first result after opening, ms | recompute + redraw, ms (median) |"
                    + " of which in the worker, ms |");
            System.out.println("| --- | ---: | ---: | ---: |");
            for (Recipe<?> recipe : RecipeRegistry.all()) {
                row(driver, page, site, recipe.id(), "{}", runs, recipe.id());
            }
            row(driver, page, site, "tango-fig1", "{\"atol\": \"0.0001\"}", runs, "tango-fig1, all 300,000 steps"
                    + " (atol=0.0001)");
            driver.get(ExploreSite.page(site, "pathological-curvature-surface", ""));
            page.settledAfter(0);
            driver.executeAsyncScript(RECOMPUTE, "pathological-curvature-surface", "{}", 1);
            Map<?, ?> turn = (Map<?, ?>) driver.executeAsyncScript(TURN);
            System.out.printf(Locale.ROOT, "%npathological-curvature-surface (100 x 100 surface) turned by a key press"
                    + " every animation frame for 2 s: %.1f frames per second, %.1f ms drawing per frame%n",
                    number(turn, "fps"), number(turn, "frameMs"));
            sizes(site);
            System.out.println("console errors: " + chromium.consoleErrors());
        }
    }

    private static void row(ChromeDriver driver, ExplorePage page, Path site, String id, String set, int runs,
                            String label) {
        long opened = System.nanoTime();
        page.open(ExploreSite.page(site, id, ""));
        double first = (System.nanoTime() - opened) / 1e6;
        Map<?, ?> times = (Map<?, ?>) driver.executeAsyncScript(RECOMPUTE, id, set, runs);
        if (times.containsKey("error")) {
            System.out.printf("| %s | failed: %s | | |%n", label, times.get("error"));
            return;
        }
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", label, first, number(times, "total"),
                number(times, "worker"));
    }

    /** The site's scripts, each and together, gzipped at the best compression (as a server would send them). */
    private static void sizes(Path site) throws Exception {
        System.out.printf("%n| script | bytes | gzipped |%n| --- | ---: | ---: |%n");
        long raw = 0;
        long gzipped = 0;
        List<Path> scripts;
        try (Stream<Path> files = Files.list(site)) {
            scripts = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        for (Path script : scripts) {
            byte[] bytes = Files.readAllBytes(script);
            int packed = gzip(bytes);
            raw += bytes.length;
            gzipped += packed;
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d |%n", script.getFileName(), bytes.length, packed);
        }
        System.out.printf(Locale.ROOT, "| all | %,d | %,d |%n", raw, gzipped);
    }

    private static int gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(bytes);
        }
        return out.size();
    }

    private static String loadAverage() throws Exception {
        Path load = Path.of("/proc/loadavg");
        return Files.isReadable(load) ? Files.readString(load).split(" ")[0] : "unknown";
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
