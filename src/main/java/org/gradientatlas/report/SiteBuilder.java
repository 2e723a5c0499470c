package org.gradientatlas.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.render.OrderedPool;
import org.gradientatlas.output.OutputPaths;

/**
 * Builds the static site: a gallery grouped by source, and one page per figure with its SVG, PNG, JSON and CSV
 * files beside it. The site is written to a fresh directory and swapped in at the end (see {@link SiteSwap}), so a
 * failed build never leaves a half-written site behind.
 */
public final class SiteBuilder {
    private final Configuration freemarker;
    private final SiteAssets assets;
    private final BuildProvenance provenance;
    private final ImageCache images;
    /** Whether figure pages get the Explore part (when the browser engine is there to copy). */
    private final boolean explore;

    public SiteBuilder(BuildProvenance provenance) {
        this(provenance, null, null, true);
    }

    private SiteBuilder(BuildProvenance provenance, Path templatesDir, ImageCache images, boolean explore) {
        this.provenance = provenance;
        this.assets = new SiteAssets(templatesDir);
        this.images = images;
        this.explore = explore;
        this.freemarker = templatesDir == null ? Templates.configuration() : Templates.configuration(templatesDir);
    }

    /** A builder that takes each figure's PNG and thumbnail from {@code images} when it made them before. */
    public static SiteBuilder withImageCache(BuildProvenance provenance, ImageCache images) {
        return new SiteBuilder(provenance, null, images, true);
    }

    /**
     * The live preview's builder, reading its templates and assets from {@code templatesDir} (its templates/; null:
     * the jar's). Its pages have no Explore part: the browser engine was compiled from the last build's classes, not
     * from the working tree the preview shows.
     */
    public static SiteBuilder forPreview(BuildProvenance provenance, Path templatesDir) {
        return new SiteBuilder(provenance, templatesDir, null, false);
    }

    public void build(List<RenderedFigure> figures, Path siteDir) throws IOException {
        SiteSwap.replace(siteDir, staging -> writeInto(figures, staging));
        if (images != null) {
            images.forgetUnused();
        }
    }

    private void writeInto(List<RenderedFigure> figures, Path dir) throws IOException {
        Path figureDir = Files.createDirectories(dir.resolve("figures"));
        writePages(pageModels(figures, figureDir), StochasticLandscapePage.model(figures), dir);
    }

    /**
     * Writes one figure's downloads into the site's figures directory and returns its page model; with
     * {@code images} null, quickly: no PNG and no thumbnail (a live preview writes those afterwards).
     */
    public static Map<String, Object> writeFigureFiles(RenderedFigure figure, Path figureDir, FigureImages images,
                                                       BuildProvenance provenance) throws IOException {
        return FigurePageModel.of(figure, FigureDownloads.write(figure, figureDir, provenance, images), provenance);
    }

    /** One figure's share of the slider page's model, if it is a stochastic-landscape figure. */
    public static Optional<Map<String, Object>> landscapePart(RenderedFigure figure) {
        return StochasticLandscapePage.model(List.of(figure));
    }

    /** The slider page's model from the figures' shares, in the figures' order: the first one's data, all figures. */
    public static Optional<Map<String, Object>> landscapeModel(List<Map<String, Object>> parts) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = new LinkedHashMap<>(parts.get(0));
        model.put("figures", parts.stream().flatMap(p -> ((List<?>) p.get("figures")).stream()).toList());
        return Optional.of(model);
    }

    /** Writes the gallery, one page per figure model, the slider page and the assets into {@code dir}. */
    public void writePages(List<Map<String, Object>> models, Optional<Map<String, Object>> landscape, Path dir)
            throws IOException {
        Path figureDir = Files.createDirectories(dir.resolve("figures"));
        boolean engine = explore && SiteAssets.haveEngine();
        render("index.ftlh", Map.of("groups", groups(models), "count", models.size(), "build", build()),
                dir.resolve("index.html"));
        for (int i = 0; i < models.size(); i++) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("figure", models.get(i));
            page.put("previous", i > 0 ? models.get(i - 1) : Map.of());
            page.put("next", i + 1 < models.size() ? models.get(i + 1) : Map.of());
            page.put("build", build());
            page.put("engine", engine);
            render("figure.ftlh", page, OutputPaths.inside(figureDir, models.get(i).get("id") + ".html"));
        }
        if (landscape.isPresent()) {
            Path pageDir = Files.createDirectories(dir.resolve(StochasticLandscapePage.DIRECTORY));
            Map<String, Object> page = new LinkedHashMap<>(landscape.get());
            page.put("build", build());
            page.put("engine", engine);
            render("stochastic-landscape.ftlh", page, pageDir.resolve("index.html"));
        }
        assets.copyInto(dir, engine);
    }

    /** Each figure's downloads written and its page model made, on all cores, in the figures' order. */
    private List<Map<String, Object>> pageModels(List<RenderedFigure> figures, Path figureDir) throws IOException {
        try {
            return OrderedPool.<RenderedFigure, Map<String, Object>>map(figures, 0, () -> figure -> {
                try {
                    FigureImages made = images == null ? FigureImages.of(figure) : images.of(figure);
                    return writeFigureFiles(figure, figureDir, made, provenance);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, (figure, timed) -> { });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The figures by source group, groups in the order of their first figure. */
    private static List<Map<String, Object>> groups(List<Map<String, Object>> models) {
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        for (Map<String, Object> model : models) {
            Map<String, Object> group = groups.computeIfAbsent((String) model.get("groupSlug"), slug -> {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("slug", slug);
                g.put("title", model.get("group"));
                g.put("reference", model.get("groupReference"));
                g.put("figures", new ArrayList<Map<String, Object>>());
                g.put("interactive", "");
                return g;
            });
            if (!"".equals(model.getOrDefault("interactive", ""))) {
                group.put("interactive", StochasticLandscapePage.DIRECTORY + "/index.html");
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> members = (List<Map<String, Object>>) group.get("figures");
            members.add(model);
        }
        return List.copyOf(groups.values());
    }

    private Map<String, String> build() {
        return Map.of("version", provenance.version(), "commit", provenance.commit(),
                "commitHash", provenance.commitHash());
    }

    private void render(String templateName, Map<String, Object> model, Path file) throws IOException {
        Template template = freemarker.getTemplate(templateName);
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new IOException("template " + templateName + " failed: " + e.getMessage(), e);
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
}
