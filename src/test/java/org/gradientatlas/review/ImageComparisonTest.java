package org.gradientatlas.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Known small images with known RMS (0-255 over RGB, as matplotlib's compare_images) and changed share. */
class ImageComparisonTest {

    @Test
    void identicalImagesHaveZeroRms() {
        BufferedImage a = filled(4, 4, 0x336699);
        ImageComparison c = ImageComparison.of(a, filled(4, 4, 0x336699));
        assertThat(c.rms()).isZero();
        assertThat(c.changedShare()).isZero();
    }

    @Test
    void oneFullyChangedPixelOfFour() {
        BufferedImage a = filled(2, 2, 0x000000);
        BufferedImage b = filled(2, 2, 0x000000);
        b.setRGB(1, 1, 0xffffff);
        ImageComparison c = ImageComparison.of(a, b);
        // squares: 3 channels x 255^2 in one of 4 pixels => sqrt(3 * 65025 / 12) = 127.5
        assertThat(c.rms()).isCloseTo(127.5, within(1e-12));
        assertThat(c.changedShare()).isEqualTo(0.25);
        assertThat(c.diff().getRGB(1, 1) & 0xffffff).isEqualTo(0xff00ff);
        assertThat(c.diff().getRGB(0, 0) & 0xffffff).isNotEqualTo(0xff00ff);
    }

    @Test
    void oneChannelOffByTen() {
        ImageComparison c = ImageComparison.of(filled(3, 3, 0x102030), filled(3, 3, 0x10203a));
        assertThat(c.rms()).isCloseTo(Math.sqrt(100.0 / 3), within(1e-12));
        assertThat(c.changedShare()).isEqualTo(1.0);
    }

    @Test
    void differentSizesCompareOverTheUnionOnWhite() {
        ImageComparison c = ImageComparison.of(filled(2, 1, 0xffffff), filled(1, 1, 0xffffff));
        assertThat(c.rms()).isZero();
        assertThat(c.diff().getWidth()).isEqualTo(2);
    }

    private static BufferedImage filled(int w, int h, int rgb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}
