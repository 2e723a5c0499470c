package org.gradientatlas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.ScaledFigure;
import org.gradientatlas.plot.FigurePainter;
import org.gradientatlas.plot.Theme;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;

class PdfFigureWriterTest {
    private static final Figure FIGURE = RecipeRegistry.find("steep-optima-trajectories").orElseThrow()
            .computeDefault();

    private static byte[] write(double scale) {
        Canvas display = new Canvas(FIGURE.canvas().widthPt() * scale, FIGURE.canvas().heightPt() * scale);
        return new PdfFigureWriter(new FigurePainter(Theme.matplotlibLike())).write(new ScaledFigure(FIGURE, display));
    }

    private static String latin1(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }

    @Test
    void twoRunsGiveTheSameBytes() throws Exception {
        byte[] first = write(1);
        Thread.sleep(1100); // a creation date or clock-based id would now differ
        assertThat(write(1)).isEqualTo(first);
    }

    @Test
    void onePageOfTheFiguresExactSizeWithoutFontsOrDates() {
        String pdf = latin1(write(1));
        assertThat(pdf).startsWith("%PDF-1.4").endsWith("%%EOF\n");
        assertThat(mediaBoxes(pdf)).containsExactly("0 0 460.8 345.6"); // figsize 6.4 x 4.8 in
        assertThat(pdf).doesNotContain("/Font").doesNotContain("/CreationDate").doesNotContain("/ModDate")
                .contains("/Subtype/Image");
    }

    @Test
    void aScaleScalesThePage() {
        assertThat(mediaBoxes(latin1(write(0.5)))).containsExactly("0 0 230.4 172.8");
    }

    @Test
    void theDocumentIdIsAHashOfTheContent() {
        byte[] pdf = write(1);
        byte[] other = pdf.clone();
        other[20] ^= 1;
        String id = idOf(latin1(PdfFigureWriter.withContentId(pdf)));
        assertThat(id).matches("<([0-9a-f]{32})><\\1>").isEqualTo(idOf(latin1(pdf)));
        assertThat(idOf(latin1(PdfFigureWriter.withContentId(other)))).isNotEqualTo(id);
        assertThat(Arrays.copyOf(PdfFigureWriter.withContentId(other), 20)).isEqualTo(Arrays.copyOf(other, 20));
    }

    private static java.util.List<String> mediaBoxes(String pdf) {
        Matcher m = Pattern.compile("/MediaBox\\[([^]]*)]").matcher(pdf);
        java.util.List<String> boxes = new java.util.ArrayList<>();
        while (m.find()) {
            boxes.add(m.group(1));
        }
        return boxes;
    }

    private static String idOf(String pdf) {
        Matcher m = Pattern.compile("/ID \\[(<[0-9a-f]+><[0-9a-f]+>)]").matcher(pdf);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
