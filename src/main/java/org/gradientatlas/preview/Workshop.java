package org.gradientatlas.preview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the host asks of one generation of the project's classes. Only JDK types and this package's records cross:
 * the host outlives every generation, and a generation's own types mean nothing to the host or to the next one.
 */
public interface Workshop {
    /** Figure id to the class name of its recipe, in the registry's order. */
    Map<String, String> recipes();

    /** Runs one recipe with its defaults; never throws for a recipe's own failure (see {@link Rendering#error()}). */
    Rendering render(String id);

    /** A rendering's PNG and thumbnail, made in memory (the slow part of publishing); opaque to the host. */
    Object images(Rendering rendering);

    /**
     * Writes a rendering's downloads into the site's figures directory and returns what its pages need; with
     * {@code images} null (else from {@link #images}) only the quick ones: no PNG, no thumbnail.
     */
    FigurePage publish(Rendering rendering, Path figureDir, Object images) throws IOException;

    /** Writes the gallery, the figure pages and the slider page from the figures' models and the templates. */
    void writePages(List<FigurePage> pages, Path siteDir, Path templatesDir, String version, String commit)
            throws IOException;
}
