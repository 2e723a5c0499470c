package org.gradientatlas.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import org.gradientatlas.random.NumpyRandomState;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void laysOutNumbersAsJavaScriptDoes() {
        assertThat(Numbers.shortest(1e-4)).isEqualTo("0.0001");
        assertThat(Numbers.shortest(1e-7)).isEqualTo("1e-7");
        assertThat(Numbers.shortest(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(Numbers.shortest(100000)).isEqualTo("100000");
        assertThat(Numbers.shortest(1e21)).isEqualTo("1e+21");
        assertThat(Numbers.shortest(-2.5)).isEqualTo("-2.5");
        assertThat(Numbers.shortest(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Numbers.shortest(-0.0)).isEqualTo("-0");
        assertThat(Numbers.shortest(Double.MIN_VALUE)).isEqualTo("4.9e-324"); // Schubfach keeps Java's two digits here
        assertThat(Numbers.shortest(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
        assertThat(Numbers.shortest(2e23)).isEqualTo("2e+23");
    }

    @Test
    void everyNumberReadsBackToTheSameDouble() {
        NumpyRandomState random = new NumpyRandomState(3);
        for (int i = 0; i < 200_000; i++) {
            double v = (random.randomSample() - 0.5) * Math.pow(10, random.uniform(-30, 30));
            String text = Numbers.shortest(v);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(v);
            double bits = Double.longBitsToDouble(Double.doubleToLongBits(v) ^ 1L);
            assertThat(Double.parseDouble(Numbers.shortest(bits))).isEqualTo(bits);
        }
    }

    /** The layout by way of BigDecimal, as Numbers wrote it before it worked on the digits directly. */
    private static String viaBigDecimal(double v) {
        BigDecimal exact = new BigDecimal(NumberOutput.toString(v, true)).stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent >= -6 && exponent < 21) {
            return exact.toPlainString();
        }
        String digits = exact.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    @Test
    void laysOutDigitsAsBigDecimalDoes() {
        NumpyRandomState random = new NumpyRandomState(11);
        for (int i = 0; i < 100_000; i++) {
            double scale = Math.pow(10, random.uniform(-330, 310));
            double v = switch (i % 4) {
                case 0 -> (random.randomSample() - 0.5) * scale;
                case 1 -> Math.rint((random.randomSample() - 0.5) * 1e6) * Math.pow(10, i % 40 - 20);
                case 2 -> Math.pow(10, i % 60 - 30) * (i % 8 < 4 ? 1 : -1);
                default -> Math.rint(random.randomSample() * 2e6) / 1e4;
            };
            if (v != 0 && Double.isFinite(v)) {
                assertThat(Numbers.shortest(v)).as("%s", v).isEqualTo(viaBigDecimal(v));
            }
        }
    }
}
