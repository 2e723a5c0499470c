package org.gradientatlas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PythonFloatFormat prints what CPython 3.11 prints (reference/python-float-format.csv). */
class PythonFloatFormatTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/python-float-format.csv");

    @Test
    void reprAndFixedFormatsMatchPythonOnEveryReferenceValue() {
        assertThat(REFERENCE.rows()).hasSizeGreaterThan(200);
        for (String[] row : REFERENCE.rows()) {
            double v = Double.longBitsToDouble(Long.parseUnsignedLong(row[REFERENCE.column("bits")], 16));
            assertThat(PythonFloatFormat.repr(v)).as("repr of %s", row[1]).isEqualTo(row[REFERENCE.column("repr")]);
            assertThat(PythonFloatFormat.fixed(v, 3)).as(".3f of %s", row[1]).isEqualTo(row[REFERENCE.column("fixed3")]);
            assertThat(PythonFloatFormat.fixed(v, 4)).as(".4f of %s", row[1]).isEqualTo(row[REFERENCE.column("fixed4")]);
            assertThat(PythonFloatFormat.repr(v)).as("numpy str of %s", row[1]).isEqualTo(row[REFERENCE.column("numpy")]);
        }
    }
}
