package org.gradientatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.gradientatlas.Atlas;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.report.BuildProvenance;
import org.gradientatlas.report.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code site}: renders every figure and builds the static site. */
@Command(name = "site", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Renders every figure and builds the static HTML site.")
final class SiteCommand implements Runnable {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Site directory, replaced as a whole (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public void run() {
        Atlas atlas = new Atlas();
        List<RenderedFigure> figures = RecipeRegistry.all().stream().<RenderedFigure>map(atlas::renderDefault).toList();
        try {
            new SiteBuilder(BuildProvenance.detect(Path.of(""))).build(figures, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the site in " + out + ": " + e.getMessage(), e);
        }
    }
}
