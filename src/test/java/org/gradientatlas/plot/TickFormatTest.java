package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TickFormatTest {

    @Test
    void formatsLikeMatplotlibWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(TickFormat.plain().format(2.5)).isEqualTo("2.5");
            assertThat(TickFormat.plain().format(-2)).isEqualTo("\u22122");
            assertThat(TickFormat.plain().format(12000)).isEqualTo("12000");
            assertThat(TickFormat.plain().format(0.125)).isEqualTo("0.125");
            assertThat(TickFormat.plain().format(999_999_999)).isEqualTo("999999999");
            assertThat(TickFormat.plain().format(-6e30)).isEqualTo("\u22126e30");
            assertThat(TickFormat.plain().format(2.5e12)).isEqualTo("2.5e12");
        } finally {
            Locale.setDefault(before);
        }
    }
}
