package org.gradientatlas.scene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;

/**
 * Writes the scene of every default figure and a static page that draws them all, for the browser tests, the
 * drawing benchmark and a look by eye: {@code scenes.js} (each scene as a JavaScript assignment, since Chromium
 * refuses fetch() of file://), {@code atlas-figure.js} and {@code index.html}, opened from disk.
 * {@code java ... org.gradientatlas.scene.SceneGallery DIR} writes them into DIR.
 */
public final class SceneGallery {
    private SceneGallery() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/scene-gallery");
        System.out.println("wrote " + write(dir).toAbsolutePath());
    }

    /** Writes the page and its scripts into {@code dir}; returns the page. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder scenes = new StringBuilder("window.ATLAS_SCENES = [];\n");
        List<String> ids = new ArrayList<>();
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            scenes.append("ATLAS_SCENES.push(").append(FigureScene.json(recipe.computeDefault())).append(");\n");
            ids.add(recipe.id());
        }
        Files.writeString(dir.resolve("scenes.js"), scenes, StandardCharsets.UTF_8);
        try (InputStream renderer = SceneGallery.class.getResourceAsStream("/templates/atlas-figure.js")) {
            Files.write(dir.resolve("atlas-figure.js"), renderer.readAllBytes());
        }
        Path page = dir.resolve("index.html");
        Files.writeString(page, page(ids), StandardCharsets.UTF_8);
        return page;
    }

    private static String page(List<String> ids) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Scene gallery</title>
                <style>body{margin:0;padding:12px;font-family:system-ui,sans-serif}
                section{margin:0 0 24px}h2{font-size:15px;margin:0 0 6px}</style>
                </head><body>
                """);
        for (int i = 0; i < ids.size(); i++) {
            html.append("<section><h2>").append(ids.get(i)).append("</h2><div class=\"figure\" id=\"figure-")
                    .append(i).append("\"></div></section>\n");
        }
        return html.append("""
                <script src="scenes.js"></script>
                <script src="atlas-figure.js"></script>
                <script>
                window.handles = ATLAS_SCENES.map(function (scene, i) {
                  return AtlasFigure.draw(document.getElementById("figure-" + i), scene);
                });
                </script>
                </body></html>
                """).toString();
    }
}
