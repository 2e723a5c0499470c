package org.gradientatlas.ticks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gradientatlas.ReferenceCsv;
import org.junit.jupiter.api.Test;

/**
 * Labels as matplotlib 3.6.3's ScalarFormatter writes them (reference/scalar-formatter.csv, made by
 * tools/reference/scalar_formatter.py).
 */
class TickFormatTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/scalar-formatter.csv");

    @Test
    void labelsAsMatplotlibsScalarFormatterForItsAutoLocatorsTicks() {
        int lo = REFERENCE.column("lo");
        int hi = REFERENCE.column("hi");
        int nbins = REFERENCE.column("nbins");
        int ticks = REFERENCE.column("ticks");
        int labels = REFERENCE.column("labels");
        assertThat(REFERENCE.rows()).hasSizeGreaterThan(300);
        List<String> wrong = new ArrayList<>();
        for (String[] row : REFERENCE.rows()) {
            double[] locs = Arrays.stream(row[ticks].split(";")).mapToDouble(Double::parseDouble).toArray();
            double[] ours = MaxNLocator.auto(Integer.parseInt(row[nbins])).tickValues(Double.parseDouble(row[lo]),
                    Double.parseDouble(row[hi]));
            TickFormat format = TickFormat.forTicks(ours);
            String written = Arrays.stream(ours).mapToObj(format::format).collect(Collectors.joining(";"));
            if (!written.equals(row[labels])) {
                wrong.add("case " + row[0] + ": " + written + " for " + row[labels]);
            }
            if (!Arrays.equals(ours, locs)) {
                wrong.add("case " + row[0] + ": ticks " + Arrays.toString(ours) + " for " + row[ticks]);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void formatsLikeMatplotlibWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(TickFormat.withDecimals(1).format(2.5)).isEqualTo("2.5");
            assertThat(TickFormat.withDecimals(0).format(-2)).isEqualTo("\u22122");
            assertThat(TickFormat.withDecimals(0).format(12000)).isEqualTo("12000");
            assertThat(TickFormat.withDecimals(3).format(0.125)).isEqualTo("0.125");
            assertThat(TickFormat.withDecimals(0).format(999_999_999)).isEqualTo("999999999");
            assertThat(TickFormat.withDecimals(0).format(-6e30)).isEqualTo("\u22126e30");
            assertThat(TickFormat.withDecimals(0).format(2.5e12)).isEqualTo("2.5e12");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void oneNumberOfDecimalsPerAxis() {
        TickFormat halves = TickFormat.forTicks(new double[] {-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2});
        assertThat(Arrays.stream(new double[] {-2, -1.5, 0, 2}).mapToObj(halves::format))
                .containsExactly("\u22122.0", "\u22121.5", "0.0", "2.0");
        assertThat(TickFormat.forTicks(new double[] {0, 0.05, 0.1}).format(0.1)).isEqualTo("0.10");
        assertThat(TickFormat.forTicks(new double[] {0, 20, 40}).format(40)).isEqualTo("40");
    }

    @Test
    void aTickThatIsZeroUpToRoundingReadsZeroWithoutASign() {
        TickFormat format = TickFormat.forTicks(new double[] {-0.2, -0.1, 0, 0.1});
        assertThat(format.format(-2.7755575615628914e-17)).isEqualTo("0.0");
    }
}
