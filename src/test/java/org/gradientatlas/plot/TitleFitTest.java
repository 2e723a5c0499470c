package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.junit.jupiter.api.Test;

class TitleFitTest {
    private static final Font TITLE = FontLibrary.sans(12f);
    private static final String LONG = "log loss of sample 99 (x = \u22120.9906, y = \u22121.979)";

    @Test
    void breaksOnlyAtSpacesNeverInsideANumber() {
        String wrapped = TitleFit.wrapped(LONG, TITLE, 190);
        assertThat(wrapped).contains("\n").doesNotContain("0.\n");
        assertThat(wrapped.replace('\n', ' ')).isEqualTo(LONG);
    }

    @Test
    void aLongTitleOnANarrowPanelIsSetSmallerToTakeTwoLines() {
        assertThat(TitleFit.lines(LONG, TITLE, 110)).isGreaterThan(2);
        Font fitted = TitleFit.font(LONG, TITLE, 110);
        assertThat(fitted.getSize2D()).isLessThan(12f).isGreaterThanOrEqualTo(12f * 0.7f);
        assertThat(TitleFit.lines(LONG, fitted, 110)).isEqualTo(2);
        assertThat(TitleFit.font("Steep optima", TITLE, 110)).isEqualTo(TITLE);
    }
}
