package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ColormapTest {

    @Test
    void everyShippedTableHas256Entries() {
        for (String name : Colormap.NAMES) {
            assertThat(Colormap.named(name).size()).as(name).isEqualTo(256);
        }
    }

    /**
     * Expected bytes printed by Debian's matplotlib 3.6.3:
     * {@code /usr/bin/python3 -c "import matplotlib as m; print(m.colormaps[NAME](t, bytes=True))"}.
     */
    @Test
    void looksUpFloatsAsMatplotlibDoes() {
        assertColor(Colormap.VIRIDIS, 0.0, 68, 1, 84);
        assertColor(Colormap.VIRIDIS, 0.25, 58, 82, 139);
        assertColor(Colormap.VIRIDIS, 0.5, 32, 144, 140);
        assertColor(Colormap.VIRIDIS, 0.499999999, 32, 143, 140);
        assertColor(Colormap.VIRIDIS, 1.0 / 3, 48, 103, 141);
        assertColor(Colormap.VIRIDIS, 0.999, 253, 231, 36);
        assertColor(Colormap.VIRIDIS, 1.0, 253, 231, 36);
        assertColor(Colormap.TERRAIN, 0.0, 51, 51, 153);
        assertColor(Colormap.TERRAIN, 0.1, 17, 117, 219);
        assertColor(Colormap.TERRAIN, 0.25, 1, 204, 102);
        assertColor(Colormap.TERRAIN, 0.5, 254, 253, 152);
        assertColor(Colormap.TERRAIN, 0.75, 129, 93, 86);
        assertColor(Colormap.TERRAIN, 1.0, 255, 255, 255);
        assertColor(Colormap.RD_BU_R, 0.0, 5, 48, 97);
        assertColor(Colormap.RD_BU_R, 0.1, 32, 100, 170);
        assertColor(Colormap.RD_BU_R, 0.5, 247, 246, 246);
        assertColor(Colormap.RD_BU_R, 0.499999999, 246, 246, 246);
        assertColor(Colormap.RD_BU_R, 1.0, 103, 0, 31);
        assertColor(Colormap.COOLWARM, 0.0, 58, 76, 192);
        assertColor(Colormap.COOLWARM, 0.5, 221, 220, 219);
        assertColor(Colormap.COOLWARM, 0.75, 243, 152, 121);
        assertColor(Colormap.COOLWARM, 1.0, 179, 3, 38);
    }

    @Test
    void outOfRangeValuesTakeTheEndColoursAndNanIsTransparent() {
        // matplotlib: cmap(-1.0) and cmap(2.0) give the under/over colours, by default the first/last entry
        assertThat(Colormap.VIRIDIS.argb(-0.1)).isEqualTo(Colormap.VIRIDIS.entry(0));
        assertThat(Colormap.VIRIDIS.argb(Double.NEGATIVE_INFINITY)).isEqualTo(Colormap.VIRIDIS.entry(0));
        assertThat(Colormap.VIRIDIS.argb(1.5)).isEqualTo(Colormap.VIRIDIS.entry(255));
        assertThat(Colormap.VIRIDIS.argb(Double.POSITIVE_INFINITY)).isEqualTo(Colormap.VIRIDIS.entry(255));
        assertThat(Colormap.VIRIDIS.argb(Double.NaN)).isZero();
        assertThat(Colormap.VIRIDIS.color(Double.NaN).getAlpha()).isZero();
    }

    @Test
    void indexIsTheTruncatedProductWithN() {
        // int(x * 256): 1/256 starts entry 1, just below it is still entry 0
        assertThat(Colormap.VIRIDIS.argb(1.0 / 256)).isEqualTo(Colormap.VIRIDIS.entry(1));
        assertThat(Colormap.VIRIDIS.argb(Math.nextDown(1.0 / 256))).isEqualTo(Colormap.VIRIDIS.entry(0));
        assertThat(Colormap.VIRIDIS.argb(-0.0)).isEqualTo(Colormap.VIRIDIS.entry(0));
    }

    @Test
    void rejectsUnknownNames() {
        assertThatThrownBy(() -> Colormap.named("Viridis")).hasMessageContaining("viridis");
    }

    private static void assertColor(Colormap map, double t, int r, int g, int b) {
        assertThat(map.color(t)).as("%s(%s)", map.name(), t).isEqualTo(new Color(r, g, b));
    }
}
