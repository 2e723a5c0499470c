package org.gradientatlas.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;

/** Text placed by its visual bounds (the SVG writer turns glyphs into outlines). */
final class GlyphText {
    private GlyphText() {
    }

    /** Draws {@code text} centred on (x, y); {@code _} marks a subscript (see {@link LabelText}). */
    static void centered(Graphics2D g, Font font, String text, double x, double y) {
        if (LabelText.hasMarkup(text)) {
            TextLayout layout = new TextLayout(LabelText.attributed(text, font).getIterator(), g.getFontRenderContext());
            Rectangle2D bounds = layout.getBounds();
            layout.draw(g, (float) (x - bounds.getCenterX()), (float) (y - bounds.getCenterY()));
            return;
        }
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D bounds = glyphs.getVisualBounds();
        g.drawGlyphVector(glyphs, (float) (x - bounds.getCenterX()), (float) (y - bounds.getCenterY()));
    }

    /** Draws {@code text} starting at x, vertically centred on y; returns its width. */
    static double leftAligned(Graphics2D g, Font font, String text, double x, double y) {
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D bounds = glyphs.getVisualBounds();
        g.drawGlyphVector(glyphs, (float) (x - bounds.getMinX()), (float) (y - bounds.getCenterY()));
        return bounds.getWidth();
    }

    static double width(Graphics2D g, Font font, String text) {
        return font.createGlyphVector(g.getFontRenderContext(), text).getVisualBounds().getWidth();
    }
}
