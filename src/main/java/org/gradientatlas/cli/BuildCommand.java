package org.gradientatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientatlas.Atlas;
import org.gradientatlas.output.FigureDirectory;
import org.gradientatlas.output.OutputLocation;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.render.ProgramFingerprint;
import org.gradientatlas.render.RenderCache;
import org.gradientatlas.render.RenderJob;
import org.gradientatlas.render.RenderOptions;
import org.gradientatlas.report.BuildProvenance;
import org.gradientatlas.report.ImageCache;
import org.gradientatlas.report.SiteDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code build}: what {@code mvn package} runs: every figure into the figures directory, then the site. When
 * every figure and the site are up to date (the cache's keys match and no file changed), it does nothing.
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Renders every figure into the figures directory and builds the site (what mvn package"
            + " runs). Does nothing when the figures and the site are up to date (see --cache, --force)."})
final class BuildCommand implements Runnable {
    private static final String SITE = "site";

    @Spec
    CommandSpec spec;

    @Option(names = "--figures", paramLabel = "DIR", defaultValue = "figures",
            description = {"Figures directory: new, empty, or one that already holds figures Gradient Atlas made"
                + " (default: ${DEFAULT-VALUE})."})
    Path figures;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site",
            description = {"Site directory, replaced as a whole: new, empty or a site made before (it holds a"
                + " .gradient-atlas-site file); never the figures directory, the current directory, or an ancestor"
                + " or part of either (default: ${DEFAULT-VALUE})."})
    Path site;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/gradient-atlas-cache",
            description = "Where the content-hash cache keeps its manifests (default: ${DEFAULT-VALUE}).")
    Path cacheDir;

    @Option(names = "--force", description = "Rebuild even when everything is up to date (default: ${DEFAULT-VALUE}).")
    boolean force;

    @Override
    public void run() {
        FigureDirectory.check("--figures", figures, Atlas.figureFileNames(RecipeRegistry.all()));
        SiteDirectory.check("--site", site, Map.of("the figures directory", figures));
        OutputLocation.directory("--cache", cacheDir);
        OutputLocation.outside("--cache", cacheDir, "the figures directory", figures);
        OutputLocation.outside("--cache", cacheDir, "the site directory", site);
        List<RenderJob<?>> jobs = RecipeRegistry.all().stream().<RenderJob<?>>map(RenderJob::ofDefaults).toList();
        RenderCache cache = new RenderCache(cacheDir, ProgramFingerprint.current());
        List<String> keys = jobs.stream().map(job -> cache.key(job, RenderOptions.defaults())).toList();
        // The site names the commit that made it, so a new commit rebuilds it even when no figure changed.
        String siteKey = String.join(" ", keys) + " " + BuildProvenance.forFigures(figures).commit();
        try {
            if (!force && upToDate(cache, jobs, keys) && cache.upToDate(site, SITE, siteKey)) {
                spec.commandLine().getOut().println(jobs.size() + " figures in " + figures + " and the site in " + site
                        + " are up to date; open " + site.resolve("index.html"));
                return;
            }
            long start = System.nanoTime();
            // --force makes every image anew; otherwise a figure whose SVG is as before keeps its PNG and thumbnail.
            ImageCache images = force ? null : ImageCache.in(cacheDir.resolve("images"));
            int count = new Atlas().bake(RecipeRegistry.all(), figures, site, images).size();
            for (int i = 0; i < jobs.size(); i++) {
                String id = jobs.get(i).id();
                cache.record(figures, id, keys.get(i), List.of(id + ".svg", id + ".json"));
            }
            cache.record(site, SITE, siteKey, filesUnder(site));
            spec.commandLine().getOut().printf(java.util.Locale.ROOT, "built %d figures into %s and the site into %s"
                    + " in %.1f s; open %s%n", count, figures, site, (System.nanoTime() - start) / 1e9,
                    site.resolve("index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private boolean upToDate(RenderCache cache, List<RenderJob<?>> jobs, List<String> keys) throws IOException {
        for (int i = 0; i < jobs.size(); i++) {
            if (!cache.upToDate(figures, jobs.get(i).id(), keys.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.add(dir.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
            }
        }
        return files;
    }
}
