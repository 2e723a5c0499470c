package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class LegendFactoryTest {
    @Test
    void whiteAndNearWhiteEntriesAreTooLightForTheLegendBox() {
        assertThat(LegendFactory.nearWhite(Color.WHITE)).isTrue();
        assertThat(LegendFactory.nearWhite(new Color(0xFF, 0xFA, 0xFA))).isTrue(); // matplotlib's "snow"
    }

    @Test
    void theSeedsOtherLineColoursAreNot() {
        for (Color color : new Color[] {Color.RED, Color.BLUE, Color.BLACK, new Color(0x8B, 0, 0),
            new Color(0, 0x64, 0), Color.YELLOW, new Color(0xD3, 0xD3, 0xD3)}) {
            assertThat(LegendFactory.nearWhite(color)).as("%s", color).isFalse();
        }
    }
}
