import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Compares two PNG files pixel by pixel: prints the share of changed pixels and the largest channel difference;
 * exits 1 when the sizes differ or more than MAX_CHANGED_SHARE of the pixels differ. Used by determinism-matrix for
 * rasterizations across JDKs, whose Java2D rasterizers (Marlin 0.9.1 in JDK 17, 0.9.4 in JDK 25) differ slightly.
 * Run as a source file: java .ci/PngPixels.java A.png B.png
 */
public final class PngPixels {
    private static final double MAX_CHANGED_SHARE = 0.005;

    public static void main(String[] args) throws IOException {
        BufferedImage a = ImageIO.read(new File(args[0]));
        BufferedImage b = ImageIO.read(new File(args[1]));
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            System.out.println(args[1] + ": size differs");
            System.exit(1);
        }
        long changed = 0;
        int largest = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                if (p != q) {
                    changed++;
                    for (int shift = 0; shift < 32; shift += 8) {
                        largest = Math.max(largest, Math.abs((p >>> shift & 255) - (q >>> shift & 255)));
                    }
                }
            }
        }
        double share = changed / (double) (a.getWidth() * a.getHeight());
        System.out.printf(java.util.Locale.ROOT, "%s: %d pixels (%.4f%%) differ, largest channel difference %d%n",
                new File(args[1]).getName(), changed, share * 100, largest);
        System.exit(share <= MAX_CHANGED_SHARE ? 0 : 1);
    }
}
