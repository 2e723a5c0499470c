package org.gradientatlas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecimalParserTest {

    @Test
    void readsTheGrammarOfJavaAndPythonDecimals() {
        assertThat(DecimalParser.parseDouble("0.05")).isEqualTo(0.05);
        assertThat(DecimalParser.parseDouble("-5")).isEqualTo(-5.0);
        assertThat(DecimalParser.parseDouble("+1e-3")).isEqualTo(1e-3);
        assertThat(DecimalParser.parseDouble(".5")).isEqualTo(0.5);
        assertThat(DecimalParser.parseDouble("5.")).isEqualTo(5.0);
        assertThat(DecimalParser.parseDouble("1E+5")).isEqualTo(1e5);
        assertThat(DecimalParser.parseDouble("-0")).isEqualTo(-0.0);
        assertThat(DecimalParser.parseDouble("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(DecimalParser.parseDouble("NaN")).isNaN();
        assertThat(DecimalParser.parseFloat("0.1")).isEqualTo(0.1f);
        for (String bad : List.of("", "+", "-", ".", "e5", "1e", "1e+", "1.2.3", " 1", "1 ", "1d", "1f", "0x1p3",
                "Inf", "infinity", "-NaN", "1_000", "١", "1,5", "--1", "1e5.5")) {
            assertThat(DecimalParser.isDecimal(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> DecimalParser.parseDouble(bad)).as(bad).isInstanceOf(NumberFormatException.class);
        }
        assertThat(DecimalParser.isDecimal("1e-400")).isTrue();
    }

    @Test
    void roundsAsTheJdkOnHardCases() {
        List<String> hard = List.of("9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000001",
                "1e23", "8.589973e9", "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324",
                "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
                "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "1e-400", "1e400", "3.4028235e38",
                "3.4028236e38", "1.4e-45", "7.006492321624085e-46", "7.0064923216240862e-46", "1.17549435e-38",
                "123456789012345678901234567890e-40", "0.000000000000000000000000000000000000001e300",
                "1e-2147483648", "1e2147483647", "1e99999999999999999999", "-1e-99999999999999999999",
                "00000.0000e99999", "0e-5", "-.5e-3", "Infinity", "+Infinity");
        List<String> differences = new ArrayList<>();
        for (String text : hard) {
            differences.add(NumberTextAgreement.parse(text));
        }
        for (int k = -400; k < 400; k++) {
            for (String m : List.of("1", "9.999999999999999", "1.7976931348623157", "2.4703282292062328", "3.4028235",
                    "1.401298464324817")) {
                differences.add(NumberTextAgreement.parse(m + "e" + k));
            }
        }
        assertThat(differences.stream().filter(d -> d != null)).isEmpty();
    }

    @Test
    void roundsAsTheJdkOnHalfwayPointsManyDigitsAndRandomDecimals() {
        NumberCases cases = new NumberCases(23);
        List<String> differences = new ArrayList<>();
        for (long i = 0; i < 16_000; i++) {
            differences.add(NumberTextAgreement.parse(cases.nextDecimal(i)));
        }
        assertThat(differences.stream().filter(d -> d != null)).isEmpty();
    }

    @Test
    void digitsAndExponentGiveTheNearestDouble() {
        assertThat(DecimalParser.toDouble(false, 1, 23)).isEqualTo(1e23);
        assertThat(DecimalParser.toDouble(true, 30000000000000004L, -17)).isEqualTo(-(0.1 + 0.2));
        assertThat(DecimalParser.toDouble(false, 49, -325)).isEqualTo(Double.MIN_VALUE);
        assertThat(DecimalParser.toDouble(false, Long.MAX_VALUE, 300)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
