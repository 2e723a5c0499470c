package org.gradientatlas.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file is a figure file Gradient Atlas wrote: an SVG with its marker comment, a JSON whose "id" is its
 * own name, or a PNG or PDF (which carry no marker) beside such an SVG or JSON of the same name.
 */
public final class OwnFiles {
    static final String SVG_MARKER = "<!--Gradient Atlas figure ";
    /** The SVG marker comes after the glyph definitions (some 15 KB in today's figures). */
    private static final int HEAD_BYTES = 1 << 20;

    private OwnFiles() {
    }

    public static boolean figureFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || !Files.isRegularFile(file)) {
            return false;
        }
        String id = name.substring(0, dot);
        return switch (name.substring(dot + 1)) {
            case "svg" -> marked(file, id);
            case "json" -> hasId(file, id);
            case "png", "pdf" -> marked(file.resolveSibling(id + ".svg"), id) || hasId(file.resolveSibling(id + ".json"), id);
            default -> false;
        };
    }

    /** An SVG of ours for {@code id}. */
    static boolean marked(Path svg, String id) {
        return Files.isRegularFile(svg) && head(svg).contains(SVG_MARKER + id + "-->");
    }

    /** A JSON of ours for {@code id}: its "id" is {@code id}. */
    static boolean hasId(Path json, String id) {
        return Files.isRegularFile(json) && head(json).replace(" ", "").contains("\"id\":\"" + id + "\"");
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
