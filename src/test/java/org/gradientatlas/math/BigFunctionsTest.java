package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The digits of ln 2 and pi kept in BigFunctions against their series, and the series against known values. */
class BigFunctionsTest {
    @Test
    void keptLn2AndPiAgreeWithTheirSeriesToTheLastDigitUsed() {
        MathContext ln2Digits = new MathContext(210);
        assertThat(BigFunctions.ln2(ln2Digits)).isEqualTo(BigFunctions.computeLn2(new MathContext(230))
                .round(ln2Digits));
        MathContext piDigits = new MathContext(390);
        assertThat(BigFunctions.pi(piDigits)).isEqualTo(BigFunctions.computePi(new MathContext(410))
                .round(piDigits));
    }

    @Test
    void beyondTheKeptDigitsTheSeriesTakeOver() {
        MathContext wide = new MathContext(420);
        assertThat(BigFunctions.pi(wide).round(new MathContext(399)))
                .isEqualTo(BigFunctions.pi(new MathContext(400)).round(new MathContext(399)));
    }

    @Test
    void elementaryValues() {
        MathContext mc = new MathContext(40);
        assertThat(BigFunctions.exp(BigDecimal.ONE, mc).round(new MathContext(30)))
                .isEqualTo(new BigDecimal("2.71828182845904523536028747135"));
        assertThat(BigFunctions.atan(BigDecimal.ONE, mc).multiply(BigDecimal.valueOf(4)).round(new MathContext(30)))
                .isEqualTo(new BigDecimal("3.14159265358979323846264338328"));
        assertThat(BigFunctions.log(10, mc).round(new MathContext(30)))
                .isEqualTo(new BigDecimal("2.30258509299404568401799145468"));
        assertThat(BigFunctions.sinOrCos(BigDecimal.ONE, false, mc).round(new MathContext(30)))
                .isEqualTo(new BigDecimal("0.841470984807896506652502321630"));
    }
}
