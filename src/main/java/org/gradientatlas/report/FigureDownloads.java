package org.gradientatlas.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.figure.Series;
import org.gradientatlas.output.OutputPaths;
import org.gradientatlas.output.SeriesCsv;

/**
 * Writes a figure's files into the site's figures directory: the SVG and JSON, a PNG at twice the browser's
 * 96 dpi (for slides), a gallery thumbnail, and each series as CSV. Returns the downloads for the page.
 */
final class FigureDownloads {
    /** Twice the browser's 96 dpi, in pixels per point. */
    static final double SLIDE_PIXELS_PER_POINT = 2 * 96 / 72.0;
    static final int THUMBNAIL_WIDTH_PX = 480;

    private FigureDownloads() {
    }

    static List<Map<String, String>> write(RenderedFigure figure, Path dir) throws IOException {
        return write(figure, dir, FigureImages.of(figure));
    }

    /** As {@link #write(RenderedFigure, Path)} with the images made already, or none (null): no PNG, no thumbnail. */
    static List<Map<String, String>> write(RenderedFigure figure, Path dir, FigureImages images) throws IOException {
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
        if (images != null) {
            Files.write(OutputPaths.inside(dir, thumbnail(id)), images.thumbnail());
        }
        return downloads;
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
