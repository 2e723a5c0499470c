package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.HeatMapLayer;
import org.junit.jupiter.api.Test;

class HeatMapAnnotationTest {
    /** z = y on 3 columns x 2 rows: the top image row is the largest y, as imshow(z.T[::-1]) shows it. */
    @Test
    void imageRowsRunFromTheTopAndColoursSpanTheRange() {
        Grid grid = new Grid(new double[] {0, 1, 2}, new double[] {10, 20},
                new double[][] {{10, 10, 10}, {20, 20, 20}});
        BufferedImage image = HeatMapAnnotation.image(HeatMapLayer.of(grid, "viridis", 0, 3, 10, 30));
        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(image.getRGB(1, 0)).isEqualTo(0xfffde724); // viridis(1.0): matplotlib's last entry as bytes (truncated, not rounded)
        assertThat(image.getRGB(1, 1)).isEqualTo(0xff440154); // viridis(0.0)
        assertThat(image.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void missingValuesAreTransparentAndAFlatGridTakesTheFirstColour() {
        Grid grid = new Grid(new double[] {0, 1}, new double[] {0}, new double[][] {{5, Double.NaN}});
        BufferedImage image = HeatMapAnnotation.image(HeatMapLayer.of(grid, "viridis", 0, 1, 0, 1));
        assertThat(image.getRGB(0, 0)).isEqualTo(0xff440154);
        assertThat(image.getRGB(1, 0) >>> 24).isZero();
    }
}
