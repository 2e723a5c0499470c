package org.gradientatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PrintfTest {

    @Test
    void roundsTheShortestDecimalHalfUpAsJavaDoes() {
        assertThat(Printf.fixed(1.0005, 3)).isEqualTo("1.001"); // the double is 1.000499999999999989...
        assertThat(Printf.fixed(0.125, 2)).isEqualTo("0.13");
        assertThat(Printf.fixed(2.5, 0)).isEqualTo("3");
        assertThat(Printf.fixed(9.9995, 3)).isEqualTo("10.000");
        assertThat(Printf.fixed(-0.0004, 3)).isEqualTo("-0.000");
        assertThat(Printf.fixed(-0.0, 2)).isEqualTo("-0.00");
        assertThat(Printf.fixed(123.456, 0)).isEqualTo("123");
        assertThat(Printf.fixed(1e-7, 4)).isEqualTo("0.0000");
        assertThat(Printf.fixed(Double.NaN, 3)).isEqualTo("NaN");
        assertThat(Printf.fixed(Double.NEGATIVE_INFINITY, 3)).isEqualTo("-Infinity");
        // JDK 17 wrote 99999999999999990000000 here (FloatingDecimal's digits); JDK 19+ and Printf use the shortest.
        assertThat(Printf.fixed(1e23, 0)).isEqualTo("100000000000000000000000");
    }

    @Test
    void generalIsPlainFromTenToTheMinusFourToTenToThePrecision() {
        assertThat(Printf.general(0.0, 4)).isEqualTo("0.000");
        assertThat(Printf.general(-0.0, 4)).isEqualTo("-0.000");
        assertThat(Printf.general(0.1f, 4)).isEqualTo("0.1000");
        assertThat(Printf.general(123456, 4)).isEqualTo("1.235e+05");
        assertThat(Printf.general(9999.5, 4)).isEqualTo("1.000e+04");
        assertThat(Printf.general(9999.4, 4)).isEqualTo("9999");
        assertThat(Printf.general(0.0001, 4)).isEqualTo("0.0001000");
        assertThat(Printf.general(0.000099995, 4)).isEqualTo("0.0001000");
        assertThat(Printf.general(0.00009999, 4)).isEqualTo("9.999e-05");
        assertThat(Printf.general(1e-300, 4)).isEqualTo("1.000e-300");
        assertThat(Printf.general(0.30000000000000004, 12)).isEqualTo("0.300000000000");
        assertThat(Printf.general(5, 0)).isEqualTo("5");
    }

    @Test
    void agreesWithStringFormat() {
        List<String> differences = new ArrayList<>();
        double[] edges = {0, -0.0, 0.5, 1.5, 2.5, 0.0005, 0.0015, 1.0005, 0.125, 9.9995, 99.995, 999.9995, 9.9995e-5,
            1e-4, 1e-5, 1e21, 1e22, 123456789, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 0.1 + 0.2};
        for (double v : edges) {
            differences.add(NumberTextAgreement.format(v));
            differences.add(NumberTextAgreement.format(-v));
        }
        NumberCases cases = new NumberCases(29);
        for (long i = 0; i < 20_000; i++) {
            differences.add(NumberTextAgreement.format(cases.nextDouble(i)));
        }
        assertThat(differences.stream().filter(d -> d != null)).isEmpty();
        assertThat(Printf.general(2.5, 4)).isEqualTo(String.format(Locale.ROOT, "%.4g", 2.5));
    }
}
