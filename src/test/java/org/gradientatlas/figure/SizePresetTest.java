package org.gradientatlas.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;

class SizePresetTest {
    private static final Figure FIGURE = RecipeRegistry.find("steep-optima-surface").orElseThrow().computeDefault();

    @Test
    void defaultLeavesTheFigureAlone() {
        ScaledFigure scaled = SizePreset.DEFAULT.apply(FIGURE);
        assertThat(scaled.figure()).isSameAs(FIGURE);
        assertThat(scaled.display()).isEqualTo(FIGURE.canvas());
    }

    @Test
    void paperColumnIs3Point3InchesWideWithTheFiguresAspectAnd8PointText() {
        ScaledFigure scaled = SizePreset.PAPER_COLUMN.apply(FIGURE);
        assertThat(scaled.display().widthPt()).isCloseTo(3.3 * 72, within(1e-9));
        assertThat(scaled.display().heightPt()).isCloseTo(3.3 * 72 * 0.75, within(1e-9)); // 6.4 x 4.8 in
        assertThat(scaled.scaleX()).isCloseTo(0.8, within(1e-12)); // 10 pt text shows at 8 pt
        assertThat(scaled.scaleY()).isCloseTo(0.8, within(1e-12));
        assertThat(scaled.figure().panels()).isEqualTo(FIGURE.panels());
        assertThat(scaled.figure().data()).isSameAs(FIGURE.data());
    }

    @Test
    void aSlideIs16By9WithLargerText() {
        ScaledFigure scaled = SizePreset.SLIDE.apply(FIGURE);
        assertThat(scaled.display().widthPt()).isCloseTo(960, within(1e-9));
        assertThat(scaled.display().heightPt()).isCloseTo(540, within(1e-9));
        assertThat(scaled.scaleX()).isCloseTo(1.6, within(1e-12));
    }

    @Test
    void labelsAreTheCommandLineNames() {
        assertThat(SizePreset.fromLabel("paper-column")).isEqualTo(SizePreset.PAPER_COLUMN);
        assertThat(SizePreset.WEB.label()).isEqualTo("web");
        assertThatThrownBy(() -> SizePreset.fromLabel("poster")).hasMessageContaining("choose one of paper-column");
    }
}
