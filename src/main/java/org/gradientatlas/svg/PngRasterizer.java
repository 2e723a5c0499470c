package org.gradientatlas.svg;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Rasterizes an SVG document with Batik at a fixed scale (1 = one pixel per point). */
public final class PngRasterizer {
    private PngRasterizer() {
    }

    public static byte[] png(String svg, double widthPx) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) widthPx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalArgumentException("cannot rasterize SVG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    public static BufferedImage image(String svg, double widthPx) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png(svg, widthPx)));
        } catch (IOException e) {
            throw new IllegalStateException("Batik wrote an unreadable PNG", e);
        }
    }
}
