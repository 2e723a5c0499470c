package org.gradientatlas.report;

import java.io.IOException;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.svg.PngRasterizer;

/**
 * A figure's raster files for the site, made in memory: the PNG at twice the browser's 96 dpi and the gallery
 * thumbnail. The slow part of publishing a figure, so a live preview makes them apart from writing.
 */
public record FigureImages(byte[] png, byte[] thumbnail) {
    /** Twice the browser's 96 dpi, in pixels per point. */
    static final double SLIDE_PIXELS_PER_POINT = 2 * 96 / 72.0;
    static final int THUMBNAIL_WIDTH_PX = 480;

    /** Made from the figure's SVG alone (so {@link ImageCache} keys them by its bytes). */
    public static FigureImages of(RenderedFigure figure) throws IOException {
        byte[] png = PngRasterizer.pngAtScale(figure.svg(), SLIDE_PIXELS_PER_POINT);
        return new FigureImages(png, Thumbnail.of(png, THUMBNAIL_WIDTH_PX));
    }
}
