package org.gradientatlas.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.citation.Citation;
import org.gradientatlas.citation.FigureCitation;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Series;
import org.gradientatlas.figure.SeriesCsv;
import org.gradientatlas.output.OutputPaths;

/**
 * Writes a figure's files into the site's figures directory: the SVG and JSON, a PNG at twice the browser's
 * 96 dpi (for slides), a gallery thumbnail, and each series as CSV. Returns the downloads for the page.
 */
final class FigureDownloads {
    private FigureDownloads() {
    }

    static List<Map<String, String>> write(RenderedFigure figure, Path dir, BuildProvenance provenance)
            throws IOException {
        return write(figure, dir, provenance, FigureImages.of(figure));
    }

    /** As {@link #write(RenderedFigure, Path, BuildProvenance)} with the images made already, or none (null). */
    static List<Map<String, String>> write(RenderedFigure figure, Path dir, BuildProvenance provenance,
                                           FigureImages images) throws IOException {
        String id = figure.id();
        List<Map<String, String>> downloads = new ArrayList<>();
        downloads.add(file(dir, id + ".svg", figure.svg().getBytes(StandardCharsets.UTF_8), "SVG (vector)"));
        if (images != null) {
            byte[] png = images.png();
            downloads.add(file(dir, id + ".png", png, "PNG at 2× (" + PngSize.of(png) + " px, for slides)"));
        }
        downloads.add(file(dir, id + ".json", figure.json().getBytes(StandardCharsets.UTF_8), "data (JSON)"));
        for (Map.Entry<String, Series> series : figure.data().series().entrySet()) {
            String name = id + "-" + series.getKey() + ".csv";
            byte[] csv = SeriesCsv.write(series.getValue()).getBytes(StandardCharsets.UTF_8);
            downloads.add(file(dir, name, csv, "series " + series.getKey() + " (CSV)"));
        }
        Optional<Citation> work = SourceGroups.of(figure.data()).citation();
        if (work.isPresent()) {
            downloads.add(file(dir, workBib(id), utf8(work.get().bibtex()), "reference of the source (BibTeX)"));
        }
        downloads.add(file(dir, figureBib(id), utf8(figureCitation(figure.data(), provenance).bibtex()),
                "this figure's citation (BibTeX)"));
        if (images != null) {
            Files.write(OutputPaths.inside(dir, thumbnail(id)), images.thumbnail());
        }
        return downloads;
    }

    /** The BibTeX entry of the work the figure comes from. */
    static String workBib(String id) {
        return id + ".bib";
    }

    /** The BibTeX entry for citing the figure itself ("Cite this figure"). */
    static String figureBib(String id) {
        return id + ".figure.bib";
    }

    static Citation figureCitation(FigureData data, BuildProvenance provenance) {
        String commit = provenance.commitHash().isEmpty() ? "" : provenance.commit();
        return FigureCitation.of(data.id(), data.title(), provenance.version(), commit);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String thumbnail(String id) {
        return id + ".thumb.png";
    }

    private static Map<String, String> file(Path dir, String name, byte[] content, String label) throws IOException {
        Files.write(OutputPaths.inside(dir, name), content);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("href", name);
        entry.put("label", label);
        entry.put("size", size(content.length));
        return entry;
    }

    /** A file size for people, locale-free: 812 B, 45 KB, 1.2 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        long tenths = Math.round(bytes / (1024.0 * 1024.0) * 10);
        return tenths / 10 + "." + tenths % 10 + " MB";
    }
}
