package org.gradientatlas.review;

import java.awt.image.BufferedImage;
import org.gradientatlas.svg.PngRasterizer;

/**
 * How two renderings differ: the RMS difference over the RGB channels on a 0-255 scale (as matplotlib's
 * {@code compare_images} computes it), the share of pixels that differ at all, and a diff image that
 * shows changed pixels in magenta over a faded baseline.
 */
public record ImageComparison(double rms, double changedShare, BufferedImage before, BufferedImage after,
                              BufferedImage diff) {
    /** Pixels per point for comparisons: 2x the browser's 96 dpi, fine enough to see a moved line. */
    public static final double SCALE = 8.0 / 3.0;

    public static ImageComparison ofSvg(String beforeSvg, String afterSvg) {
        return of(rasterized(beforeSvg, "before"), rasterized(afterSvg, "after"));
    }

    private static BufferedImage rasterized(String svg, String side) {
        try {
            return PngRasterizer.imageAtScale(svg, SCALE);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + side + " picture is not a valid SVG document: "
                    + rootReason(e), e);
        }
    }

    /** The innermost message, on one line (Batik appends its enclosed exception's message after line breaks). */
    static String rootReason(Throwable e) {
        String reason = "unreadable";
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        String[] lines = reason.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }

    /** Compares over the union of both sizes; the part outside a smaller image counts as white. */
    public static ImageComparison of(BufferedImage before, BufferedImage after) {
        int width = Math.max(before.getWidth(), after.getWidth());
        int height = Math.max(before.getHeight(), after.getHeight());
        BufferedImage diff = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        double sumSquares = 0;
        long changed = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = rgbOnWhite(before, x, y);
                int b = rgbOnWhite(after, x, y);
                int squares = squaredDifference(a, b);
                sumSquares += squares;
                changed += squares == 0 ? 0 : 1;
                diff.setRGB(x, y, squares == 0 ? faded(a) : 0xff00ff);
            }
        }
        double pixels = (double) width * height;
        return new ImageComparison(Math.sqrt(sumSquares / (3 * pixels)), changed / pixels, before, after, diff);
    }

    private static int squaredDifference(int a, int b) {
        int sum = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            int d = ((a >> shift) & 0xff) - ((b >> shift) & 0xff);
            sum += d * d;
        }
        return sum;
    }

    /** The pixel composited over white, as RGB; outside the image, white. */
    private static int rgbOnWhite(BufferedImage image, int x, int y) {
        if (x >= image.getWidth() || y >= image.getHeight()) {
            return 0xffffff;
        }
        int argb = image.getRGB(x, y);
        int alpha = argb >>> 24;
        int rgb = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            int c = (argb >> shift) & 0xff;
            rgb |= ((c * alpha + 255 * (255 - alpha) + 127) / 255) << shift;
        }
        return rgb;
    }

    /** A light grey version of the baseline pixel, so that the magenta changes stand out. */
    private static int faded(int rgb) {
        int grey = (((rgb >> 16) & 0xff) * 30 + ((rgb >> 8) & 0xff) * 59 + (rgb & 0xff) * 11) / 100;
        int light = 255 - (255 - grey) / 4;
        return (light << 16) | (light << 8) | light;
    }
}
