package org.gradientatlas.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A gallery thumbnail made from the figure's PNG by area averaging in plain integer and double arithmetic, so it is
 * the same on every JDK (Java2D's scaling is not promised to be) and needs no second rasterization.
 */
final class Thumbnail {
    private Thumbnail() {
    }

    static byte[] of(byte[] png, int width) throws IOException {
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(png));
        int height = Math.max(1, (int) Math.round(source.getHeight() * (double) width / source.getWidth()));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        double sx = source.getWidth() / (double) width;
        double sy = source.getHeight() / (double) height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                target.setRGB(x, y, average(source, x * sx, (x + 1) * sx, y * sy, (y + 1) * sy));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(target, "png", out);
        return out.toByteArray();
    }

    /** The mean colour of the source over [x0, x1) × [y0, y1), each pixel weighted by its overlap, on white. */
    private static int average(BufferedImage source, double x0, double x1, double y0, double y1) {
        double[] sum = new double[3];
        double total = 0;
        for (int y = (int) y0; y < Math.min(source.getHeight(), (int) Math.ceil(y1)); y++) {
            double wy = Math.min(y1, y + 1) - Math.max(y0, y);
            for (int x = (int) x0; x < Math.min(source.getWidth(), (int) Math.ceil(x1)); x++) {
                double w = wy * (Math.min(x1, x + 1) - Math.max(x0, x));
                int argb = source.getRGB(x, y);
                double alpha = (argb >>> 24) / 255.0;
                for (int c = 0; c < 3; c++) {
                    double channel = argb >>> (16 - 8 * c) & 255;
                    sum[c] += w * (alpha * channel + (1 - alpha) * 255);
                }
                total += w;
            }
        }
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            rgb = rgb << 8 | (int) Math.round(sum[c] / total);
        }
        return rgb;
    }
}
