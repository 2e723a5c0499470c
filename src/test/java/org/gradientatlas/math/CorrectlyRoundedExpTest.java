package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gradientatlas.ReferenceCsv;
import org.junit.jupiter.api.Test;

/** Compares with mpmath's exp rounded to nearest (reference/correctly-rounded-exp.csv), bit for bit. */
class CorrectlyRoundedExpTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/correctly-rounded-exp.csv");
    private static final int CATEGORY = REFERENCE.column("category");
    private static final int X = REFERENCE.column("x");
    private static final int EXP = REFERENCE.column("exp");
    private static final int GLIBC_AGREES = REFERENCE.column("glibcAgrees");

    @Test
    void everyReferenceValueIsExact() {
        assertThat(REFERENCE.rows()).hasSizeGreaterThan(30_000);
        for (String[] row : REFERENCE.rows()) {
            double x = Double.parseDouble(row[X]);
            assertThat(CorrectlyRoundedExp.exp(x)).as("%s exp(%s)", row[CATEGORY], row[X])
                    .isEqualTo(Double.parseDouble(row[EXP]));
        }
    }

    @Test
    void theBigDecimalPathAgreesOnItsOwn() {
        // It decides the inputs close to a rounding midpoint and those with subnormal or overflowing results;
        // checked on every row in its domain that is not random, and on every 10th random one.
        List<String[]> rows = REFERENCE.rows();
        int checked = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            double x = Double.parseDouble(row[X]);
            boolean inDomain = x > -745.14 && x < 709.79 && x != 0;
            if (inDomain && (!row[CATEGORY].startsWith("random-") || i % 10 == 0)) {
                assertThat(CorrectlyRoundedExp.expBig(x)).as("%s expBig(%s)", row[CATEGORY], row[X])
                        .isEqualTo(Double.parseDouble(row[EXP]));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(4000);
    }

    @Test
    void coversTheInputKindsAndTheInputsWhereGlibcIsNotCorrectlyRounded() {
        Map<String, Long> perCategory = REFERENCE.rows().stream()
                .collect(Collectors.groupingBy(r -> r[CATEGORY], TreeMap::new, Collectors.counting()));
        assertThat(perCategory).containsOnlyKeys("random-unit", "random-log-sigma", "random-range",
                "subnormal-result", "random-bits", "integer", "near-zero", "threshold", "hard-near-zero",
                "glibc-differs");
        long glibcDiffers = REFERENCE.rows().stream().filter(r -> !Boolean.parseBoolean(r[GLIBC_AGREES])).count();
        // Measured with glibc 2.36: 12 of 20,000 inputs in (-1, 1), 5 of 5,000 in (-3, 3), 192 of 300,000
        // more in (-3, 3) (0.06%), and a few others, among them exp(2^-53), which glibc rounds down to 1.
        assertThat(perCategory.get("glibc-differs")).isEqualTo(192);
        assertThat(glibcDiffers).isEqualTo(192 + 12 + 5 + 3 + 1 + 1 + 1 + 1);
    }

    @Test
    void specialValues() {
        assertThat(CorrectlyRoundedExp.exp(Double.NaN)).isNaN();
        assertThat(CorrectlyRoundedExp.exp(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Double.doubleToRawLongBits(CorrectlyRoundedExp.exp(Double.NEGATIVE_INFINITY))).isZero();
        assertThat(CorrectlyRoundedExp.exp(0.0)).isEqualTo(1.0);
        assertThat(CorrectlyRoundedExp.exp(-0.0)).isEqualTo(1.0);
        assertThat(CorrectlyRoundedExp.exp(1.0)).isEqualTo(Math.E);
        assertThat(CorrectlyRoundedExp.exp(0x1p-53)).isEqualTo(Math.nextUp(1.0)); // 1 + 2^-53 + 2^-107
        assertThat(CorrectlyRoundedExp.exp(-0x1p-54)).isEqualTo(1.0); // 1 - 2^-54 + 2^-109
        assertThat(CorrectlyRoundedExp.exp(Math.nextDown(-0x1p-54))).isEqualTo(Math.nextDown(1.0));
        assertThat(CorrectlyRoundedExp.exp(CorrectlyRoundedLog.log(Double.MAX_VALUE))).isLessThan(Double.MAX_VALUE);
    }
}
