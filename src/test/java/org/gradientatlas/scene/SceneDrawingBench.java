package org.gradientatlas.scene;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gradientatlas.HeadlessChromium;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser drawing benchmark (a tool, not a test): in headless Chromium, for every default figure, the time to
 * parse its scene text and to draw it at a desktop width (median of 7 redraws after 2 for warm-up), and for every
 * 3-D panel the time per rotation frame (median over 60 frames, each turning the view by 3 degrees) and the frames
 * per second that gives; times include rasterizing the canvas (a pixel is read back). Then one surface is turned
 * by a key press every animation frame for two seconds, counting the frames the page shows.
 * {@code java ... SceneDrawingBench [WIDTH_PX [DEVICE_PIXEL_RATIO]]}.
 */
public final class SceneDrawingBench {
    /** Runs in the page: per figure, parse and draw times; per 3-D panel, the frame time. */
    private static final String MEASURE = """
            function median(a) { a.sort(function (x, y) { return x - y; }); return a[Math.floor(a.length / 2)]; }
            /* Reading a pixel back makes the canvas rasterize what was drawn, so that the time includes it. */
            function flush(canvases) {
              canvases.forEach(function (c) { c.getContext("2d").getImageData(0, 0, 1, 1); });
            }
            return ATLAS_SCENES.map(function (scene, i) {
              var text = JSON.stringify(scene), parse = [], draw = [], frames = [];
              for (var r = 0; r < 9; r++) {
                var t0 = performance.now(); JSON.parse(text); var t1 = performance.now();
                handles[i].redraw(); flush(handles[i].canvases()); var t2 = performance.now();
                if (r >= 2) { parse.push(t1 - t0); draw.push(t2 - t1); }
              }
              scene.panels.forEach(function (p, k) {
                if (p.type !== "surface") return;
                var view = handles[i].view(k), times = [];
                for (var f = 0; f < 62; f++) {
                  var t = performance.now();
                  handles[i].setView(k, { azimuth: view.azimuth + 3 * f });
                  flush([handles[i].canvases()[k]]);
                  if (f >= 2) times.push(performance.now() - t);
                }
                handles[i].setView(k, view);
                frames.push({ panel: k, grid: p.x.length + " x " + p.y.length, ms: median(times) });
              });
              return { id: scene.id, kb: text.length / 1024, parse: median(parse), draw: median(draw), frames: frames };
            });
            """;

    /**
     * Runs in the page: turns the 100 x 100 surface by key presses, one per animation frame, for two seconds, and
     * counts the frames the renderer drew (as a reader holding an arrow key would see them).
     */
    private static final String TURN_FOR_TWO_SECONDS = """
            var done = arguments[arguments.length - 1], i = ATLAS_SCENES.findIndex(function (s) {
              return s.id === "pathological-curvature-surface"; });
            var h = handles[i], canvas = h.canvases()[0], start, frames0, idle = 0, t0 = performance.now();
            canvas.scrollIntoView();
            function idleFrame() {
              idle++;
              if (performance.now() - t0 < 1000) { requestAnimationFrame(idleFrame); return; }
              start = performance.now(); frames0 = h.stats.frames; requestAnimationFrame(step);
            }
            function step() {
              if (performance.now() - start >= 2000) {
                done({ fps: (h.stats.frames - frames0) / ((performance.now() - start) / 1000),
                       frameMs: h.stats.frameMs / h.stats.frames, idleFps: idle / ((start - t0) / 1000) });
                return;
              }
              canvas.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
              requestAnimationFrame(step);
            }
            requestAnimationFrame(idleFrame);
            """;

    private SceneDrawingBench() {
    }

    public static void main(String[] args) throws Exception {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String ratio = args.length > 1 ? args[1] : "1";
        Path dir = Path.of("target", "scene-bench");
        Path page = SceneGallery.write(dir.resolve("gallery"));
        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("chromium-profile"),
                "--force-device-scale-factor=" + ratio)) {
            ChromeDriver driver = chromium.driver();
            driver.manage().window().setSize(new Dimension(width, 1200));
            driver.get(page.toUri().toString());
            Object shownRatio = driver.executeScript("return window.devicePixelRatio;");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) driver.executeScript(MEASURE);
            System.out.printf(Locale.ROOT, "Chromium %s, window %d px, devicePixelRatio %s%n",
                    driver.getCapabilities().getBrowserVersion(), width, shownRatio);
            System.out.printf(Locale.ROOT, "%-38s %9s %9s %9s   %s%n", "figure", "scene kB", "parse ms", "draw ms",
                    "3-D frame ms (fps)");
            for (Map<String, Object> row : rows) {
                StringBuilder frames = new StringBuilder();
                for (Object f : (List<?>) row.get("frames")) {
                    Map<?, ?> frame = (Map<?, ?>) f;
                    double ms = ((Number) frame.get("ms")).doubleValue();
                    frames.append(String.format(Locale.ROOT, "%s: %.1f (%.0f fps) ", frame.get("grid"), ms, 1000 / ms));
                }
                System.out.printf(Locale.ROOT, "%-38s %9.0f %9.1f %9.1f   %s%n", row.get("id"), number(row, "kb"),
                        number(row, "parse"), number(row, "draw"), frames);
            }
            Map<?, ?> turning = (Map<?, ?>) driver.executeAsyncScript(TURN_FOR_TWO_SECONDS);
            System.out.printf(Locale.ROOT, "pathological-curvature-surface (100 x 100) turned by a key press every"
                    + " animation frame for 2 s: %.1f frames drawn per second, %.1f ms per frame (the page alone: %.1f"
                    + " animation frames per second)%n", ((Number) turning.get("fps")).doubleValue(),
                    ((Number) turning.get("frameMs")).doubleValue(), ((Number) turning.get("idleFps")).doubleValue());
            System.out.println("console errors: " + chromium.consoleErrors());
        }
    }

    private static double number(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }
}
