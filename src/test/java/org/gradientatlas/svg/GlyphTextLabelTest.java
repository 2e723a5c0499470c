package org.gradientatlas.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.TextLayout;
import java.io.StringWriter;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.util.SVGConstants;
import org.gradientatlas.plot.FontLibrary;
import org.gradientatlas.plot.LabelText;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Every way text reaches the SVG graphics ends as one group of outlines labelled with that text. */
class GlyphTextLabelTest {
    private static final Font FONT = FontLibrary.sans(10);

    private static SvgTextRuns draw(java.util.function.Consumer<GlyphReusingGraphics> drawing) throws Exception {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null);
        GlyphDefinitions glyphs = new GlyphDefinitions();
        GlyphReusingGraphics g = new GlyphReusingGraphics(OwnNumberFormatContext.create(document, 4), glyphs,
                new GlyphCharacters());
        g.setFont(FONT);
        drawing.accept(g);
        StringWriter out = new StringWriter();
        g.stream(g.getRoot(), out, true, false);
        return SvgTextRuns.parse(out.toString());
    }

    @Test
    void aPlainStringIsOneLabelledGroupOfItsGlyphs() throws Exception {
        SvgTextRuns svg = draw(g -> g.drawString("Adam a", 10, 20));
        assertThat(svg.labels()).containsExactly("Adam a");
        assertThat(svg.root().getElementsByTagNameNS(SvgTextRuns.SVG, "use").getLength()).isEqualTo(5);
        assertThat(svg.unlabelledGlyphs()).isZero();
    }

    @Test
    void styledStringsKeepTheirSubscriptsAndReadExponentsAsSuperscripts() throws Exception {
        SvgTextRuns svg = draw(g -> {
            g.drawString(LabelText.attributed("θ_0", FONT).getIterator(), 10, 20);
            g.drawString(LabelText.power("10", "\u22123", FONT).getIterator(), 60, 20);
        });
        assertThat(svg.labels()).containsExactly("θ0", "10⁻³");
        assertThat(svg.unlabelledGlyphs()).isZero();
    }

    /** JFreeChart draws rotated and styled labels with TextLayout.draw, which hands over bare glyph vectors. */
    @Test
    void textLayoutRunsAreReadFromTheirGlyphsAndJoinedIntoOneString() throws Exception {
        SvgTextRuns svg = draw(g -> {
            new TextLayout(LabelText.attributed("w_1", FONT).getIterator(), g.getFontRenderContext()).draw(g, 10, 20);
            new TextLayout(LabelText.power("2×10", "\u22125", FONT).getIterator(), g.getFontRenderContext())
                    .draw(g, 60, 20);
            g.rotate(-Math.PI / 2);
            new TextLayout("loss (MSE)", FONT, g.getFontRenderContext()).draw(g, -100, 30);
        });
        assertThat(svg.labels()).containsExactly("w1", "2×10⁻⁵", "loss (MSE)");
        assertThat(svg.unlabelledGlyphs()).isZero();
    }

    @Test
    void separateStringsStaySeparateEvenInTheSameStyle() throws Exception {
        SvgTextRuns svg = draw(g -> {
            new TextLayout("1", FONT, g.getFontRenderContext()).draw(g, 10, 20);
            new TextLayout("2", FONT, g.getFontRenderContext()).draw(g, 40, 20);
            g.drawString("3", 70, 20);
        });
        assertThat(svg.labels()).containsExactly("1", "2", "3");
    }
}
