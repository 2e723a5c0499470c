package org.gradientatlas.svg;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import org.apache.batik.svggen.DOMGroupManager;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;
import org.gradientatlas.plot.CompactFills;
import org.w3c.dom.Element;

/**
 * Batik's SVG graphics, writing text as shapes with each glyph's outline defined once ({@link GlyphDefinitions})
 * and every occurrence a {@code <use x= y=>} in the current style, transform and clip: about 45 bytes a glyph
 * where its outline costs 300 to 600. Fills under {@link CompactFills} share one group style ({@link
 * CompactFillGroups} then writes each one's colour).
 */
final class GlyphReusingGraphics extends SVGGraphics2D {
    private final GlyphDefinitions glyphs;

    GlyphReusingGraphics(SVGGeneratorContext context, GlyphDefinitions glyphs) {
        super(context, true);
        this.shapeConverter = new CompactShapes(context);
        this.glyphs = glyphs;
    }

    private GlyphReusingGraphics(GlyphReusingGraphics g) {
        super(g);
        this.glyphs = g.glyphs;
    }

    @Override
    public Graphics create() {
        return new GlyphReusingGraphics(this);
    }

    /** A glyph position to 0.01 pt, as {@link PathDataCompactor} writes path data. */
    private static String hundredths(double v) {
        return PathDataCompactor.number(Math.round(v * 100));
    }

    @Override
    public void drawGlyphVector(GlyphVector vector, float x, float y) {
        Font font = vector.getFont();
        // One group per string carries the style, clip and transform; its glyphs inherit them.
        Element group = getDOMFactory().createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_G_TAG);
        for (int i = 0; i < vector.getNumGlyphs(); i++) {
            int code = vector.getGlyphCode(i);
            Shape outline = font.createGlyphVector(vector.getFontRenderContext(), new int[] {code}).getOutline();
            if (outline.getBounds2D().isEmpty()) {
                continue; // a space
            }
            Point2D at = vector.getGlyphPosition(i);
            Element use = getDOMFactory().createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_USE_TAG);
            use.setAttributeNS(SVGConstants.XLINK_NAMESPACE_URI, SVGConstants.XLINK_HREF_QNAME,
                    "#" + glyphs.id(font, code, outline));
            use.setAttribute(SVGConstants.SVG_X_ATTRIBUTE, hundredths(x + at.getX()));
            use.setAttribute(SVGConstants.SVG_Y_ATTRIBUTE, hundredths(y + at.getY()));
            group.appendChild(use);
        }
        if (group.hasChildNodes()) {
            getDOMGroupManager().addElement(group, DOMGroupManager.FILL);
        }
    }

    @Override
    public void fill(Shape s) {
        Paint actual = getPaint();
        if (!Boolean.TRUE.equals(getRenderingHint(CompactFills.KEY)) || !(actual instanceof Color colour)) {
            super.fill(s);
            return;
        }
        Element shape = shapeConverter.toSVG(s);
        if (shape != null) {
            shape.setAttribute(CompactFillGroups.MARKER, CompactFillGroups.hex(colour));
            // One placeholder colour of the same opacity: consecutive cells then share their group.
            setPaint(new Color(0, 0, 0, colour.getAlpha()));
            domGroupManager.addElement(shape, DOMGroupManager.FILL);
            setPaint(actual);
        }
    }
}
