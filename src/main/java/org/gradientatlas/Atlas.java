package org.gradientatlas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureJson;
import org.gradientatlas.output.AtomicFiles;
import org.gradientatlas.output.FigureDirectory;
import org.gradientatlas.output.FigureSet;
import org.gradientatlas.output.OutputPaths;
import org.gradientatlas.output.StaleFigures;
import org.gradientatlas.plot.FigurePainter;
import org.gradientatlas.plot.Theme;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.report.BuildProvenance;
import org.gradientatlas.report.ImageCache;
import org.gradientatlas.render.OrderedPool;
import org.gradientatlas.render.RenderJob;
import org.gradientatlas.report.SiteBuilder;
import org.gradientatlas.report.SiteDirectory;
import org.gradientatlas.svg.SvgFigureWriter;

/**
 * The pipeline in one place, stage by stage: recipe (numbers) → figure model → chart (JFreeChart) →
 * SVG (Batik) + JSON → report (FreeMarker).
 */
public final class Atlas {
    private final SvgFigureWriter svgWriter = new SvgFigureWriter(new FigurePainter(Theme.matplotlibLike()));

    /** Runs one recipe with the given parameters and seed and renders its files (in memory). */
    public <P extends Record> RenderedFigure render(Recipe<P> recipe, P params, long seed) {
        Figure figure = recipe.compute(params, seed);
        return new RenderedFigure(figure.data(), svgWriter.write(figure), FigureJson.write(figure.data()));
    }

    /** Runs one job: its recipe with its parameters and seed. */
    public <P extends Record> RenderedFigure render(RenderJob<P> job) {
        return render(job.recipe(), job.params(), job.seed());
    }

    /** Runs one recipe with its defaults, as the golden figures are made. */
    public <P extends Record> RenderedFigure renderDefault(Recipe<P> recipe) {
        return render(recipe, recipe.defaultParams(), recipe.defaultSeed().orElse(0));
    }

    /**
     * Renders every recipe into {@code figuresDir}, removes figures no recipe makes any more and, when
     * given, builds the site into {@code siteDir}.
     */
    public List<RenderedFigure> bake(List<Recipe<?>> recipes, Path figuresDir, Path siteDir) throws IOException {
        return bake(recipes, figuresDir, siteDir, null);
    }

    /** As {@link #bake(List, Path, Path)}, taking the site's images from {@code images} (null: none) where it can. */
    public List<RenderedFigure> bake(List<Recipe<?>> recipes, Path figuresDir, Path siteDir, ImageCache images)
            throws IOException {
        FigureDirectory.check("the figures directory", figuresDir, figureFileNames(recipes));
        if (siteDir != null) {
            SiteDirectory.check("the site directory", siteDir, Map.of("the figures directory", figuresDir));
        }
        List<RenderedFigure> figures = renderAll(recipes);
        for (RenderedFigure figure : figures) {
            writeFigure(figure, figuresDir);
        }
        StaleFigures.remove(figuresDir, recipes.stream().<String>map(Recipe::id).toList());
        if (siteDir != null) {
            // Asked after the figures are written: the site must say so when they left the work tree dirty.
            BuildProvenance provenance = BuildProvenance.forFigures(figuresDir);
            (images == null ? new SiteBuilder(provenance) : SiteBuilder.withImageCache(provenance, images))
                    .build(figures, siteDir);
        }
        return figures;
    }

    /** The files {@link #bake} writes into the figures directory. */
    public static List<String> figureFileNames(List<Recipe<?>> recipes) {
        return recipes.stream().flatMap(r -> Stream.of(r.id() + ".svg", r.id() + ".json")).toList();
    }

    /** Every recipe with its defaults, in parallel (one pipeline per thread), in the recipes' order. */
    public static List<RenderedFigure> renderAll(List<Recipe<?>> recipes) {
        return OrderedPool.<Recipe<?>, RenderedFigure>map(recipes, 0, () -> {
            Atlas atlas = new Atlas();
            return atlas::renderDefault;
        }, (recipe, timed) -> { });
    }

    /**
     * Writes {@code <id>.svg} and {@code <id>.json} as one set (both new or both as they were), and only the files
     * whose bytes changed: an unchanged figure keeps its timestamps, so the build's up-to-date checks and file
     * watchers see no change. Returns whether anything was written.
     */
    public static boolean writeFigure(RenderedFigure figure, Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        putIfChanged(files, dir, figure.id() + ".svg", figure.svg().getBytes(StandardCharsets.UTF_8));
        putIfChanged(files, dir, figure.id() + ".json", figure.json().getBytes(StandardCharsets.UTF_8));
        if (files.isEmpty()) {
            return false;
        }
        FigureSet.write(dir, figure.id(), files);
        return true;
    }

    private static void putIfChanged(Map<String, byte[]> files, Path dir, String name, byte[] bytes)
            throws IOException {
        if (!AtomicFiles.holds(OutputPaths.inside(dir, name), bytes)) {
            files.put(name, bytes);
        }
    }
}
