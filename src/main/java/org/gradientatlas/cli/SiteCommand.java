package org.gradientatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gradientatlas.Atlas;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.report.BuildProvenance;
import org.gradientatlas.render.OrderedPool;
import org.gradientatlas.report.SiteBuilder;
import org.gradientatlas.report.SiteDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code site}: renders every figure (in parallel, one pipeline per thread) and builds the static site. */
@Command(name = "site", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Renders every figure and builds the static HTML site.")
final class SiteCommand implements Runnable {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = {"Site directory, replaced as a whole: it must be new, empty or a site made before (it"
                + " holds a .gradient-atlas-site file), and never the current directory or an ancestor of it"
                + " (default: ${DEFAULT-VALUE})."})
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", converter = OptionValues.Threads.class,
            description = "Figures rendered at once; 0 for one per processor (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public void run() {
        SiteDirectory.check("--out", out, Map.of());
        List<RenderedFigure> figures = OrderedPool.<Recipe<?>, RenderedFigure>map(RecipeRegistry.all(), threads,
                () -> new Atlas()::renderDefault, (recipe, timed) -> { });
        try {
            new SiteBuilder(BuildProvenance.ofProgram()).build(figures, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the site in " + out + ": " + e.getMessage(), e);
        }
    }
}
