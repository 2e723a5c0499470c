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

    @Test
    void writesLargeMagnitudesAsDecimalFormatsShortScientificForm() {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('\u2212');
        symbols.setExponentSeparator("e");
        java.text.DecimalFormat jdk = new java.text.DecimalFormat("0.###E0", symbols);
        jdk.setGroupingUsed(false);
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        TickFormat format = TickFormat.withDecimals(1);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble(1, 10) * Math.pow(10, random.nextInt(9, 300));
                case 1 -> (random.nextInt(1000, 10_000) + 0.5) * Math.pow(10, random.nextInt(6, 30)); // 4-digit ties
                case 2 -> Double.longBitsToDouble(random.nextLong(0x41cd_cd65_0000_0000L, 0x7fef_ffff_ffff_ffffL));
                default -> random.nextInt(1, 10_000) * 1e9 + random.nextInt(-2, 3) * 1e5;
            };
            v = i % 8 < 4 ? v : -v;
            if (Math.abs(v) >= 1e9 && !format.format(v).equals(jdk.format(v))) {
                wrong.add(v + ": " + format.format(v) + " for " + jdk.format(v));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(format.format(-6e30)).isEqualTo("\u22126e30");
        assertThat(format.format(1.2345e10)).isEqualTo("1.235e10"); // an integer: its tie rounds up
        assertThat(format.format(5640500000.5)).isEqualTo("5.641e9");
    }
}
