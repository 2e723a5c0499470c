package org.gradientatlas.svg;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;
import javax.imageio.ImageIO;

/** Rasterizes SVG documents to PNG with Batik, headless. */
public final class PngRasterizer {
    private PngRasterizer() {
    }

    public static byte[] png(String svg, double widthPx) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) widthPx);
        return transcode(transcoder, svg);
    }

    private static byte[] transcode(PNGTranscoder transcoder, String svg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(forBatik(svg))), new TranscoderOutput(out));
        } catch (TranscoderException | RuntimeException e) {
            throw new IllegalArgumentException("not a valid SVG document: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Batik knows SVG 1.1's image-rendering values only: "pixelated" becomes its nearest-neighbour equivalent. */
    static String forBatik(String svg) {
        return svg.replace("image-rendering:" + SvgFigureWriter.PIXELATED, "image-rendering:optimizeSpeed");
    }

    public static BufferedImage image(String svg, double widthPx) {
        return decode(png(svg, widthPx));
    }

    /**
     * Rasterizes at a fixed scale of the SVG's own size: {@code pixelsPerPoint} pixels per point
     * (1 1/3 is the browser's 96 dpi), so that comparisons of figures of any size use one scale.
     */
    public static BufferedImage imageAtScale(String svg, double pixelsPerPoint) {
        return decode(pngAtScale(svg, pixelsPerPoint));
    }

    /** The PNG file of {@link #imageAtScale}: {@code pixelsPerPoint} pixels per point of the SVG's own size. */
    public static byte[] pngAtScale(String svg, double pixelsPerPoint) {
        PNGTranscoder transcoder = new PNGTranscoder();
        // Batik converts pt to px through the size of a pixel in millimetres.
        transcoder.addTranscodingHint(ImageTranscoder.KEY_PIXEL_UNIT_TO_MILLIMETER,
                (float) (25.4 / 72 / pixelsPerPoint));
        return transcode(transcoder, svg);
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new IllegalStateException("Batik wrote an unreadable PNG", e);
        }
    }
}
