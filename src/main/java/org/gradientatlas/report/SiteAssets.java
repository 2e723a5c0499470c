package org.gradientatlas.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The scripts and style sheet copied into every site: from the templates (the jar's, or the live preview's
 * templates/ directory), and the browser engine, which the build makes (docs/browser-engine.md) and the jar ships
 * as a resource. A jar built without the engine ({@code -Dbrowser.skip=true}) makes pages without the Explore part.
 */
final class SiteAssets {
    /** atlas-figure.js draws scenes (docs/browser-drawing.md); atlas-explore.js is a figure page's Explore part. */
    private static final List<String> TEMPLATE_ASSETS = List.of("style.css", "gallery.js", "atlas-figure.js",
            "atlas-explore.js");
    static final String ENGINE = "atlas-engine.js";
    private static final String ENGINE_RESOURCE = "/org/gradientatlas/browser/" + ENGINE;

    private final Path templatesDir;

    /** @param templatesDir where the template assets are, or null for the jar's */
    SiteAssets(Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    /** Whether the pages can explore: the engine is there to be copied. */
    static boolean haveEngine() {
        return SiteAssets.class.getResource(ENGINE_RESOURCE) != null;
    }

    /** Copies the template assets, and the engine if {@code withEngine}. */
    void copyInto(Path dir, boolean withEngine) throws IOException {
        for (String asset : TEMPLATE_ASSETS) {
            if (templatesDir != null) {
                Files.copy(templatesDir.resolve(asset), dir.resolve(asset), StandardCopyOption.REPLACE_EXISTING);
            } else {
                copyResource("/templates/" + asset, dir.resolve(asset));
            }
        }
        if (withEngine) {
            copyResource(ENGINE_RESOURCE, dir.resolve(ENGINE));
        }
    }

    private static void copyResource(String name, Path file) throws IOException {
        try (InputStream in = SiteAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the program lacks its resource " + name + "; rebuild it with mvn package");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
