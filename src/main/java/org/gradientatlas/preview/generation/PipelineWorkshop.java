package org.gradientatlas.preview.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gradientatlas.Atlas;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.preview.FailureLine;
import org.gradientatlas.preview.FigurePage;
import org.gradientatlas.preview.Rendering;
import org.gradientatlas.preview.Workshop;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.report.BuildProvenance;
import org.gradientatlas.report.FigureImages;
import org.gradientatlas.report.SiteBuilder;

/**
 * The preview's view of one generation of the project's classes: loaded by that generation's class loader, it runs
 * that generation's recipes, pipeline and site builder. A new pipeline per call, so calls may run in parallel.
 */
public final class PipelineWorkshop implements Workshop {
    @Override
    public Map<String, String> recipes() {
        Map<String, String> recipes = new LinkedHashMap<>();
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            recipes.put(recipe.id(), recipe.getClass().getName());
        }
        return recipes;
    }

    @Override
    public Rendering render(String id) {
        try {
            Recipe<?> recipe = RecipeRegistry.find(id)
                    .orElseThrow(() -> new IllegalArgumentException("no recipe with id " + id + " any more"));
            RenderedFigure figure = new Atlas().renderDefault(recipe);
            return new Rendering(id, figure.svg(), figure.json(), figure, null);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return Rendering.failed(id, FailureLine.of(e));
        }
    }

    @Override
    public Object images(Rendering rendering) {
        try {
            return FigureImages.of(figure(rendering));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FigurePage publish(Rendering rendering, Path figureDir, Object images) throws IOException {
        RenderedFigure figure = figure(rendering);
        // A preview shows the working tree, not a commit: its "cite this figure" says the commit is unknown.
        BuildProvenance provenance = new BuildProvenance(BuildProvenance.projectVersion(), BuildProvenance.UNKNOWN);
        return new FigurePage(SiteBuilder.writeFigureFiles(figure, figureDir, (FigureImages) images, provenance),
                SiteBuilder.landscapePart(figure).orElse(null));
    }

    private static RenderedFigure figure(Rendering rendering) {
        return (RenderedFigure) Objects.requireNonNull(rendering.figure(), "a failed rendering");
    }

    @Override
    public void writePages(List<FigurePage> pages, Path siteDir, Path templatesDir, String version, String commit)
            throws IOException {
        List<Map<String, Object>> parts = pages.stream().map(FigurePage::landscapePart).filter(Objects::nonNull)
                .toList();
        BuildProvenance provenance = new BuildProvenance(version, commit);
        SiteBuilder builder = SiteBuilder.forPreview(provenance, templatesDir);
        builder.writePages(pages.stream().map(FigurePage::model).toList(), SiteBuilder.landscapeModel(parts), siteDir);
    }
}
