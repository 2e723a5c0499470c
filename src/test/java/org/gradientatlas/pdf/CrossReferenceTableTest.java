package org.gradientatlas.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientatlas.plot.FigurePainter;
import org.gradientatlas.plot.Theme;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A table as OpenPDF writes it under a locale with other digits (each entry String.format-ed in that locale, each
 * char cut to its low byte, as DocWriter.getISOBytes does) is written again in ASCII: the root locale's bytes.
 */
class CrossReferenceTableTest {
    private static final byte[] ROOT = new PdfFigureWriter(new FigurePainter(Theme.matplotlibLike()))
            .write(RecipeRegistry.find("tango-fig1").orElseThrow().computeDefault());
    private static final Pattern ENTRY = Pattern.compile("(\\d{10}) (\\d{5}) ([nf]) \n");

    @ParameterizedTest
    @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "hi-IN", "de-DE"})
    void aTableInALocalesDigitsIsWrittenAgainInAscii(String tag) throws Exception {
        Locale locale = Locale.forLanguageTag(tag);
        byte[] localized = asIfWrittenIn(locale, ROOT);
        if (!String.format(locale, "%d", 7).equals("7")) {
            assertThat(localized).as("the table in %s digits", tag).isNotEqualTo(ROOT);
        }
        byte[] fixed = CrossReferenceTable.inAsciiDigits(localized);
        assertThat(fixed).isEqualTo(ROOT);
        PdfReader reader = new PdfReader(fixed);
        assertThat(reader.isRebuilt()).as("the reader found every object through the table").isFalse();
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
    }

    @Test
    void anEntryThatPointsAtTheWrongPlaceFailsLoudly() {
        String pdf = latin1(ROOT);
        int table = tableAt(pdf);
        Matcher m = ENTRY.matcher(pdf.substring(table));
        m.find(); // object 0
        m.find();
        int at = table + m.start(1);
        byte[] broken = ROOT.clone();
        broken[at + 9]++;
        assertThatThrownBy(() -> CrossReferenceTable.inAsciiDigits(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entry 1 points at offset");
    }

    /** The PDF with each entry of its last table formatted as OpenPDF 2.0.3 does under {@code locale}. */
    static byte[] asIfWrittenIn(Locale locale, byte[] pdf) {
        String text = latin1(pdf);
        int table = tableAt(text);
        Matcher m = ENTRY.matcher(text);
        StringBuilder out = new StringBuilder(text.substring(0, table));
        m.region(table, text.length());
        int last = table;
        while (m.find()) {
            String entry = String.format(locale, "%010d %05d %c \n", Long.parseLong(m.group(1)),
                    Integer.parseInt(m.group(2)), m.group(3).charAt(0));
            out.append(text, last, m.start());
            for (char c : entry.toCharArray()) {
                out.append((char) (c & 0xff)); // DocWriter.getISOBytes keeps the low byte
            }
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The table's start ("startxref" ends in "xref" too). */
    private static int tableAt(String pdf) {
        return pdf.lastIndexOf("\nxref\n") + 1;
    }

    private static String latin1(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }
}
