package org.gradientatlas.render;

import java.util.Locale;

/** The picture formats a figure can be written in; its JSON data file is always written. */
public enum OutputFormat {
    /** Vector, scalable in a page: the golden format. */
    SVG,
    /** Raster at 2x: 2 pixels per CSS pixel, 192 dpi ({@link #PNG_PIXELS_PER_POINT} per point). */
    PNG,
    /** Vector for LaTeX, the figure's exact size in points, text as outlines. */
    PDF;

    public static final double PNG_PIXELS_PER_POINT = 2 * 96 / 72.0;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
