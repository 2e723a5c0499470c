package org.gradientatlas.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gradientatlas.plot.Colormap;
import org.junit.jupiter.api.Test;

/** The AWT-free tables equal the JVM's colormaps (read from the CSV resources) entry for entry, and look up alike. */
class ColormapTableTest {
    @Test
    void everyEntryOfEveryMapEqualsTheJvmsTable() {
        assertThat(ColormapTable.NAMES).isEqualTo(Colormap.NAMES);
        for (String name : ColormapTable.NAMES) {
            ColormapTable table = ColormapTable.named(name);
            Colormap jvm = Colormap.named(name);
            assertThat(table.hex()).hasSize(6 * jvm.size());
            for (int i = 0; i < jvm.size(); i++) {
                assertThat(table.rgb(i)).as(name + " entry " + i).isEqualTo(jvm.entry(i) & 0xffffff);
            }
        }
    }

    @Test
    void valuesMapToTheEntriesTheJvmPaints() {
        ColormapTable table = ColormapTable.named("terrain");
        for (double t : new double[] {-0.5, 0, 0.001, 0.25, 0.5 - 1e-12, 0.999, 1, 1.5}) {
            assertThat(table.rgb(table.index(t)) | 0xff000000).as("t = " + t).isEqualTo(Colormap.TERRAIN.argb(t));
        }
        assertThat(table.index(Double.NaN)).isEqualTo(ColormapTable.BAD);
        assertThat(table.css(0)).isEqualTo("#333399");
        assertThatThrownBy(() -> ColormapTable.named("parula")).hasMessageContaining("no colormap 'parula'")
                .hasMessageContaining("viridis");
    }
}
