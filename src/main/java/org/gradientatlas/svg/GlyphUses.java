package org.gradientatlas.svg;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import org.apache.batik.util.SVGConstants;
import org.gradientatlas.figure.Numbers;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG of drawn text: a group labelled with the text, and a {@code <use>} of a shared outline per glyph. */
final class GlyphUses {
    static final String ARIA_LABEL = "aria-label";

    private final Document document;
    private final GlyphDefinitions glyphs;

    GlyphUses(Document document, GlyphDefinitions glyphs) {
        this.document = document;
        this.glyphs = glyphs;
    }

    Element group(String label) {
        Element group = document.createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_G_TAG);
        group.setAttribute(ARIA_LABEL, label);
        return group;
    }

    /** Each visible glyph as a {@code <use x= y=>} at the vector's origin (x, y) plus its position. */
    void add(Element group, GlyphVector vector, double x, double y) {
        Font font = vector.getFont();
        for (int i = 0; i < vector.getNumGlyphs(); i++) {
            int code = vector.getGlyphCode(i);
            Shape outline = font.createGlyphVector(vector.getFontRenderContext(), new int[] {code}).getOutline();
            if (outline.getBounds2D().isEmpty()) {
                continue; // a space
            }
            Point2D at = vector.getGlyphPosition(i);
            Element use = document.createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_USE_TAG);
            use.setAttributeNS(SVGConstants.XLINK_NAMESPACE_URI, SVGConstants.XLINK_HREF_QNAME,
                    "#" + glyphs.id(font, code, outline));
            use.setAttribute(SVGConstants.SVG_X_ATTRIBUTE, hundredths(x + at.getX()));
            use.setAttribute(SVGConstants.SVG_Y_ATTRIBUTE, hundredths(y + at.getY()));
            group.appendChild(use);
        }
    }

    /**
     * Glyphs drawn under another transform ({@code now}) than their group's (a TextLayout translates to each
     * style run): their origin moved into the group's coordinates, or a nested group carrying the difference.
     */
    void addMoved(Element group, AffineTransform groupTransform, AffineTransform now, GlyphVector vector, float x,
                  float y) {
        if (now.equals(groupTransform)) {
            add(group, vector, x, y);
            return;
        }
        try {
            AffineTransform relative = groupTransform.createInverse();
            relative.concatenate(now);
            if (sameLinearPart(now, groupTransform)) {
                Point2D origin = relative.transform(new Point2D.Double(x, y), null);
                add(group, vector, origin.getX(), origin.getY());
                return;
            }
            Element nested = document.createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_G_TAG);
            double[] m = new double[6];
            relative.getMatrix(m);
            nested.setAttribute(SVGConstants.SVG_TRANSFORM_ATTRIBUTE, "matrix(" + Numbers.shortest(m[0]) + ","
                    + Numbers.shortest(m[1]) + "," + Numbers.shortest(m[2]) + "," + Numbers.shortest(m[3]) + ","
                    + Numbers.shortest(m[4]) + "," + Numbers.shortest(m[5]) + ")");
            add(nested, vector, x, y);
            group.appendChild(nested);
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("a text's transform cannot be inverted: " + groupTransform, e);
        }
    }

    /** The same rotation, scale and shear: the transforms differ at most by a translation. */
    static boolean sameLinearPart(AffineTransform a, AffineTransform b) {
        return a.getScaleX() == b.getScaleX() && a.getShearY() == b.getShearY() && a.getShearX() == b.getShearX()
                && a.getScaleY() == b.getScaleY();
    }

    /** A glyph position to 0.01 pt, as {@link PathDataCompactor} writes path data. */
    private static String hundredths(double v) {
        return PathDataCompactor.number(Math.round(v * 100));
    }
}
