package org.gradientatlas.svg;

import java.awt.Color;
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
    /** How far apart (pt) along the line two glyph runs may be and still be one string's style runs. */
    private static final double SAME_STRING = 0.5;
    /** A run whose baseline is this many font sizes above the previous run's is a superscript. */
    private static final double RAISED = 0.1;

    private final GlyphUses uses;
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
        this.uses = new GlyphUses(context.getDOMFactory(), glyphs);
        this.characters = characters;
    }

    private GlyphReusingGraphics(GlyphReusingGraphics g) {
        super(g);
        this.uses = g.uses;
        this.characters = g.characters;
    }

    @Override
    public Graphics create() {
        return new GlyphReusingGraphics(this);
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
        openText = uses.group(label);
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

    /**
     * Glyphs: into the open string's group, or (drawn by a TextLayout, without their string) into a group
     * labelled from the glyphs themselves, joined to the previous such group when they continue its line.
     */
    @Override
    public void drawGlyphVector(GlyphVector vector, float x, float y) {
        if (openText != null) {
            uses.addMoved(openText, openTransform, getTransform(), vector, x, y);
            return;
        }
        String text = characters.text(vector);
        Point2D origin = continuingOrigin(vector, x, y);
        if (origin != null) {
            // A TextLayout moves a superscript run up by translating to it, not through its font.
            boolean raised = origin.getY() < lastRunEnd.getY() - RAISED * vector.getFont().getSize2D();
            lastRun.setAttribute(GlyphUses.ARIA_LABEL, lastRun.getAttribute(GlyphUses.ARIA_LABEL)
                    + (raised ? GlyphCharacters.superscript(text) : text));
            uses.add(lastRun, vector, origin.getX(), origin.getY());
        } else {
            Element group = uses.group(text);
            uses.add(group, vector, x, y);
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
                || !GlyphUses.sameLinearPart(now, lastRunTransform)) {
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
