package org.gradientatlas.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;

/**
 * Text placed by its visual bounds (the SVG writer turns glyphs into outlines). Plain text is drawn with
 * drawString, not as a bare glyph vector, so the SVG writer gets the string itself to label its outlines.
 */
final class GlyphText {
    private GlyphText() {
    }

    /** Draws {@code text} centred on (x, y); {@code _} marks a subscript (see {@link LabelText}). */
    static void centered(Graphics2D g, Font font, String text, double x, double y) {
        if (LabelText.hasMarkup(text)) {
            // A TextLayout, as before: OpenPDF's drawString of styled text lays the runs out its own way.
            TextLayout layout = new TextLayout(LabelText.attributed(text, font).getIterator(), g.getFontRenderContext());
            Rectangle2D bounds = layout.getBounds();
            layout.draw(g, (float) (x - bounds.getCenterX()), (float) (y - bounds.getCenterY()));
            return;
        }
        Rectangle2D bounds = font.createGlyphVector(g.getFontRenderContext(), text).getVisualBounds();
        drawString(g, font, text, (float) (x - bounds.getCenterX()), (float) (y - bounds.getCenterY()));
    }

    /** Draws {@code text} starting at x, vertically centred on y; returns its width. */
    static double leftAligned(Graphics2D g, Font font, String text, double x, double y) {
        Rectangle2D bounds = font.createGlyphVector(g.getFontRenderContext(), text).getVisualBounds();
        drawString(g, font, text, (float) (x - bounds.getMinX()), (float) (y - bounds.getCenterY()));
        return bounds.getWidth();
    }

    /** {@code text} in {@code font}: the same glyphs as font.createGlyphVector, drawn as one labelled string. */
    private static void drawString(Graphics2D g, Font font, String text, float x, float y) {
        Font before = g.getFont();
        g.setFont(font);
        g.drawString(text, x, y);
        g.setFont(before);
    }

    static double width(Graphics2D g, Font font, String text) {
        return font.createGlyphVector(g.getFontRenderContext(), text).getVisualBounds().getWidth();
    }
}
