package org.gradientatlas.svg;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.text.AttributedCharacterIterator;
import org.apache.batik.svggen.DOMGroupManager;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.plot.CompactFills;
import org.w3c.dom.Element;

/**
 * Batik's SVG graphics, writing text as shapes with each glyph's outline defined once ({@link GlyphDefinitions})
 * and every occurrence a {@code <use x= y=>} in the current style, transform and clip: about 45 bytes a glyph
 * where its outline costs 300 to 600. Each drawn string is one {@code <g aria-label="the text">} around its
 * glyphs, as matplotlib keeps each text in a comment: screen readers, search and tests read the labels. Fills
 * under {@link CompactFills} share one group style ({@link CompactFillGroups} then writes each one's colour).
 */
final class GlyphReusingGraphics extends SVGGraphics2D {
    static final String ARIA_LABEL = "aria-label";
    /** How far apart (pt) along the line two glyph runs may be and still be one string's style runs. */
    private static final double SAME_STRING = 0.5;
    /** A run whose baseline is this many font sizes above the previous run's is a superscript. */
    private static final double RAISED = 0.1;

    private final GlyphDefinitions glyphs;
    private final GlyphCharacters characters;
    /** The group collecting the glyphs of the string being drawn (all its style runs), or null between strings. */
    private Element openText;
    /** The transform when the open string began: its group gets the graphics context of that moment. */
    private AffineTransform openTransform;
    /** The last group labelled from its glyphs, its transform and where its glyphs end, to join the next run. */
    private Element lastRun;
    private AffineTransform lastRunTransform;
    private Point2D lastRunEnd;

    GlyphReusingGraphics(SVGGeneratorContext context, GlyphDefinitions glyphs, GlyphCharacters characters) {
        super(context, true);
        this.shapeConverter = new CompactShapes(context);
        this.glyphs = glyphs;
        this.characters = characters;
    }

    private GlyphReusingGraphics(GlyphReusingGraphics g) {
        super(g);
        this.glyphs = g.glyphs;
        this.characters = g.characters;
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
    public void drawString(String text, float x, float y) {
        drawText(text, () -> super.drawString(text, x, y));
    }

    /** Styled text (subscripts, exponents): one group for all its runs. */
    @Override
    public void drawString(AttributedCharacterIterator text, float x, float y) {
        drawText(GlyphCharacters.text(text), () -> super.drawString(text, x, y));
    }

    /** Runs {@code draw} with one labelled group open; its glyphs go into it, added as one element at the end. */
    private void drawText(String label, Runnable draw) {
        if (openText != null) {
            draw.run();
            return;
        }
        openText = textGroup(label);
        openTransform = getTransform();
        try {
            draw.run();
            if (openText.hasChildNodes()) {
                getDOMGroupManager().addElement(openText, DOMGroupManager.FILL);
            }
        } finally {
            openText = null;
        }
    }

    private Element textGroup(String label) {
        Element group = getDOMFactory().createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_G_TAG);
        group.setAttribute(ARIA_LABEL, label);
        return group;
    }

    /**
     * Glyphs: into the open string's group, or (drawn by a TextLayout, without their string) into a group
     * labelled from the glyphs themselves, joined to the previous such group when they continue its line.
     */
    @Override
    public void drawGlyphVector(GlyphVector vector, float x, float y) {
        if (openText != null) {
            addGlyphsMoved(openText, openTransform, vector, x, y);
            return;
        }
        String text = characters.text(vector);
        Point2D origin = continuingOrigin(vector, x, y);
        if (origin != null) {
            // A TextLayout moves a superscript run up by translating to it, not through its font.
            boolean raised = origin.getY() < lastRunEnd.getY() - RAISED * vector.getFont().getSize2D();
            lastRun.setAttribute(ARIA_LABEL, lastRun.getAttribute(ARIA_LABEL)
                    + (raised ? GlyphCharacters.superscript(text) : text));
            addGlyphs(lastRun, vector, origin.getX(), origin.getY());
        } else {
            Element group = textGroup(text);
            addGlyphs(group, vector, x, y);
            if (!group.hasChildNodes()) {
                return;
            }
            getDOMGroupManager().addElement(group, DOMGroupManager.FILL);
            lastRun = group;
            lastRunTransform = getTransform();
            origin = new Point2D.Double(x, y);
        }
        Point2D advance = vector.getGlyphPosition(vector.getNumGlyphs());
        lastRunEnd = new Point2D.Double(origin.getX() + advance.getX(), origin.getY() + advance.getY());
    }

    /**
     * Where these glyphs' origin lies in the last run's coordinates, when they continue that run: nothing drawn
     * since, the same rotation and scale (a TextLayout translates to each style run), and the first glyph where
     * the last run ended, within 0.5 pt along the line and a font size across it (sub- and superscripts).
     * Null when they start a string of their own.
     */
    private Point2D continuingOrigin(GlyphVector vector, float x, float y) {
        AffineTransform now = getTransform();
        if (lastRun == null || lastRun.getParentNode() == null || lastRun.getParentNode().getLastChild() != lastRun
                || !sameLinearPart(now, lastRunTransform)) {
            return null;
        }
        try {
            Point2D origin = lastRunTransform.inverseTransform(now.transform(new Point2D.Double(x, y), null), null);
            Point2D first = vector.getGlyphPosition(0);
            double along = origin.getX() + first.getX() - lastRunEnd.getX();
            double across = origin.getY() + first.getY() - lastRunEnd.getY();
            boolean continues = Math.abs(along) < SAME_STRING
                    && Math.abs(across) < vector.getFont().getSize2D();
            return continues ? origin : null;
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }

    private static boolean sameLinearPart(AffineTransform a, AffineTransform b) {
        return a.getScaleX() == b.getScaleX() && a.getShearY() == b.getShearY() && a.getShearX() == b.getShearX()
                && a.getScaleY() == b.getScaleY();
    }

    /**
     * Glyphs drawn under another transform than their group's (a TextLayout translates to each style run): their
     * origin moved into the group's coordinates, or a nested group carrying the difference.
     */
    private void addGlyphsMoved(Element group, AffineTransform groupTransform, GlyphVector vector, float x, float y) {
        AffineTransform now = getTransform();
        if (now.equals(groupTransform)) {
            addGlyphs(group, vector, x, y);
            return;
        }
        try {
            AffineTransform relative = groupTransform.createInverse();
            relative.concatenate(now);
            if (sameLinearPart(now, groupTransform)) {
                Point2D origin = relative.transform(new Point2D.Double(x, y), null);
                addGlyphs(group, vector, origin.getX(), origin.getY());
                return;
            }
            Element nested = getDOMFactory().createElementNS(SVGConstants.SVG_NAMESPACE_URI,
                    SVGConstants.SVG_G_TAG);
            double[] m = new double[6];
            relative.getMatrix(m);
            nested.setAttribute(SVGConstants.SVG_TRANSFORM_ATTRIBUTE, "matrix(" + Numbers.shortest(m[0]) + ","
                    + Numbers.shortest(m[1]) + "," + Numbers.shortest(m[2]) + "," + Numbers.shortest(m[3]) + ","
                    + Numbers.shortest(m[4]) + "," + Numbers.shortest(m[5]) + ")");
            addGlyphs(nested, vector, x, y);
            group.appendChild(nested);
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("a text's transform cannot be inverted: " + groupTransform, e);
        }
    }

    private void addGlyphs(Element group, GlyphVector vector, double x, double y) {
        Font font = vector.getFont();
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
