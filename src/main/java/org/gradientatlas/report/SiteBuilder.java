package org.gradientatlas.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gradientatlas.RenderedFigure;

/**
 * Builds the static site: an index and one page per figure, with the figure's SVG and JSON beside it.
 * The site is written to a fresh directory and swapped in at the end, so a failed build never leaves
 * a half-written site behind.
 */
public final class SiteBuilder {
    private final Configuration freemarker = Templates.configuration();

    public void build(List<RenderedFigure> figures, Path siteDir) throws IOException {
        Path target = siteDir.toAbsolutePath().normalize();
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        try {
            writeInto(figures, staging);
            swap(staging, target);
        } finally {
            deleteTree(staging);
        }
    }

    private void writeInto(List<RenderedFigure> figures, Path dir) throws IOException {
        Path figureDir = Files.createDirectories(dir.resolve("figures"));
        List<Map<String, Object>> models = figures.stream().map(FigurePageModel::of).toList();
        render("index.ftlh", Map.of("figures", models), dir.resolve("index.html"));
        for (int i = 0; i < figures.size(); i++) {
            RenderedFigure figure = figures.get(i);
            Files.writeString(figureDir.resolve(figure.id() + ".svg"), figure.svg(), StandardCharsets.UTF_8);
            Files.writeString(figureDir.resolve(figure.id() + ".json"), figure.json(), StandardCharsets.UTF_8);
            render("figure.ftlh", Map.of("figure", models.get(i)), figureDir.resolve(figure.id() + ".html"));
        }
        Optional<Map<String, Object>> landscape = StochasticLandscapePage.model(figures);
        if (landscape.isPresent()) {
            Path pageDir = Files.createDirectories(dir.resolve(StochasticLandscapePage.DIRECTORY));
            render("stochastic-landscape.ftlh", landscape.get(), pageDir.resolve("index.html"));
        }
        try (var css = SiteBuilder.class.getResourceAsStream("/templates/style.css")) {
            Files.copy(css, dir.resolve("style.css"));
        }
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

    /** Replaces target by staging with renames only; the old site is removed after the new one is in place. */
    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
