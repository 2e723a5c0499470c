package org.gradientatlas.svg;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.HashMap;
import java.util.Map;

/**
 * The characters behind glyphs, for text that reaches the SVG graphics only as glyphs (JFreeChart draws rotated
 * and styled labels through TextLayout, which hands over glyph vectors without their string). Each font's
 * glyph-to-character map is read once from the font over the scripts the figures use; a raised run (a
 * superscript font, translated upwards) reads as Unicode superscripts, so 10 with a raised −3 reads "10⁻³".
 * One instance per written figure: no state shared between render threads.
 */
final class GlyphCharacters {
    /** Latin, Greek, general punctuation, super- and subscripts, letter-like symbols, arrows, math operators. */
    private static final int[][] RANGES = {{0x20, 0x24f}, {0x370, 0x3ff}, {0x2000, 0x22ff}};
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final FontRenderContext PLAIN = new FontRenderContext(null, false, false);

    private final Map<String, Map<Integer, Character>> byFont = new HashMap<>();

    /** The text of a glyph vector: each glyph's character (U+FFFD where the font maps none to it). */
    String text(GlyphVector vector) {
        Map<Integer, Character> chars = charactersOf(vector.getFont());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < vector.getNumGlyphs(); i++) {
            text.append(chars.getOrDefault(vector.getGlyphCode(i), '\ufffd'));
        }
        return raised(vector.getFont()) ? superscript(text.toString()) : text.toString();
    }

    /** The text of a styled string, its raised runs as superscripts. */
    static String text(AttributedCharacterIterator styled) {
        StringBuilder text = new StringBuilder();
        StringBuilder run = new StringBuilder();
        int runLimit = -1;
        boolean raised = false;
        for (char c = styled.first(); c != CharacterIterator.DONE; c = styled.next()) {
            if (styled.getIndex() >= runLimit) {
                text.append(raised ? superscript(run.toString()) : run);
                run.setLength(0);
                runLimit = styled.getRunLimit();
                Object font = styled.getAttribute(java.awt.font.TextAttribute.FONT);
                raised = font instanceof Font f && raised(f);
            }
            run.append(c);
        }
        return text.append(raised ? superscript(run.toString()) : run).toString();
    }

    private Map<Integer, Character> charactersOf(Font font) {
        return byFont.computeIfAbsent(font.getFontName() + "/" + font.getStyle(), name -> read(font));
    }

    /** Glyph codes do not depend on size or transform: one vector of every candidate character gives the map. */
    private static Map<Integer, Character> read(Font font) {
        StringBuilder candidates = new StringBuilder();
        for (int[] range : RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (font.canDisplay(c)) {
                    candidates.append((char) c);
                }
            }
        }
        Font plain = font.deriveFont(new AffineTransform());
        GlyphVector all = plain.createGlyphVector(PLAIN, candidates.toString().toCharArray());
        Map<Integer, Character> chars = new HashMap<>();
        for (int i = 0; i < all.getNumGlyphs() && i < candidates.length(); i++) {
            chars.putIfAbsent(all.getGlyphCode(i), candidates.charAt(i)); // the lowest character wins
        }
        return chars;
    }

    /** A font moved upwards by its own transform: LabelText's superscript. */
    private static boolean raised(Font font) {
        return font.isTransformed() && font.getTransform().getTranslateY() < 0;
    }

    static String superscript(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
            } else if (c == '-' || c == '\u2212') {
                out.append('\u207b');
            } else if (c == '+') {
                out.append('\u207a');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
