package org.gradientatlas.scene;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientatlas.plot.Theme;
import org.junit.jupiter.api.Test;

/** The browser's sizes and colours are the JVM theme's. */
class SceneThemeTest {
    @Test
    void sizesAndColoursAreTheJvmThemes() {
        Theme theme = Theme.matplotlibLike();
        assertThat(SceneTheme.TITLE_PT).isEqualTo(theme.titleFont().getSize2D());
        assertThat(SceneTheme.TEXT_PT).isEqualTo(theme.tickFont().getSize2D()).isEqualTo(theme.labelFont().getSize2D())
                .isEqualTo(theme.legendFont().getSize2D());
        assertThat((float) SceneTheme.AXIS_LINE_PT).isEqualTo(theme.axisLineWidth());
        assertThat((float) SceneTheme.TICK_LENGTH_PT).isEqualTo(theme.tickLength());
        assertThat(SceneTheme.LEGEND_EDGE).isEqualTo(String.format("#%06x", theme.legendEdge().getRGB() & 0xffffff));
        assertThat(SceneTheme.LEGEND_FILL_OPACITY).isEqualTo(theme.legendFill().getAlpha() / 255.0);
        assertThat(SceneTheme.LEGEND_INSET).isEqualTo(theme.legendInsetPt());
        assertThat(SceneTheme.OUTER_PADDING_PT).isEqualTo(theme.outerPaddingPt());
        assertThat(SceneTheme.FONT).isEqualTo(theme.tickFont().getFamily());
    }
}
