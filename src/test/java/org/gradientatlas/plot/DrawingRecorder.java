package org.gradientatlas.plot;

import java.awt.Graphics;
import java.awt.Image;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;

/**
 * A Graphics2D that draws nothing and records, in canvas coordinates, what a figure puts where: the bounds of
 * every text run (with the clip it is drawn under), the box of every legend, the lines and marks drawn as data,
 * and the number of labels each axis draws. Batik's SVG graphics does the bookkeeping of transforms, clips,
 * fonts and strings (its text goes through {@link #drawGlyphVector}); the parts come from {@link DrawnPart}.
 */
final class DrawingRecorder extends SVGGraphics2D implements DrawnPart.Observer {
    /** One text run: its visual bounds, the clip it was drawn under, the label it belongs to. */
    record TextRun(String text, Rectangle2D bounds, Rectangle2D clip, int label, boolean inLegend) {
    }

    /** A data segment or mark, with the clip it was drawn under. */
    record DataMark(Rectangle2D bounds, double[] segment, Rectangle2D clip) {
    }

    /** Everything drawn, shared by the recorder and the copies {@link #create()} makes. */
    static final class Drawing {
        final List<TextRun> texts = new ArrayList<>();
        final List<Rectangle2D> legends = new ArrayList<>();
        final List<DataMark> data = new ArrayList<>();
        final List<Integer> tickLabelCounts = new ArrayList<>();
        /** Each title's lines as drawn. */
        final List<List<String>> titles = new ArrayList<>();
        private final Deque<DrawnPart> parts = new ArrayDeque<>();
        private Rectangle2D legend;
        private int labels;
        private int stringDepth;
        private final List<Rectangle2D> tickRuns = new ArrayList<>();
        private String labelText;
    }

    /** Runs closer than this are parts of one label. */
    static final double SAME_LABEL_PT = 1;
    private final Drawing drawing;

    DrawingRecorder() {
        super(SVGGeneratorContext.createDefault(GenericDOMImplementation.getDOMImplementation()
                .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null)), true);
        this.drawing = new Drawing();
    }

    private DrawingRecorder(DrawingRecorder g) {
        super(g);
        this.drawing = g.drawing;
    }

    Drawing drawing() {
        return drawing;
    }

    @Override
    public Graphics create() {
        return new DrawingRecorder(this);
    }

    @Override
    public void begin(DrawnPart part) {
        drawing.parts.push(part);
        if (part == DrawnPart.LEGEND) {
            drawing.legend = null;
        } else if (part == DrawnPart.TICK_LABELS) {
            drawing.tickRuns.clear();
        } else if (part == DrawnPart.TITLE) {
            drawing.titles.add(new ArrayList<>());
        }
    }

    @Override
    public void end(DrawnPart part) {
        drawing.parts.pop();
        if (part == DrawnPart.LEGEND && drawing.legend != null) {
            drawing.legends.add(drawing.legend);
        } else if (part == DrawnPart.TICK_LABELS) {
            drawing.tickLabelCounts.add(labels(drawing.tickRuns));
        }
    }

    private DrawnPart part() {
        return drawing.parts.peek();
    }

    @Override
    public void drawString(String s, float x, float y) {
        label(s, () -> super.drawString(s, x, y));
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        iterator.first();
        label(text.toString(), () -> super.drawString(iterator, x, y));
    }

    /** One label, however many glyph runs it is drawn as (a subscript is a run of its own). */
    private void label(String text, Runnable draw) {
        if (drawing.stringDepth++ == 0) {
            drawing.labelText = text;
            startLabel();
        }
        try {
            draw.run();
        } finally {
            drawing.stringDepth--;
        }
    }

    private void startLabel() {
        drawing.labels++;
        if (part() == DrawnPart.TITLE) {
            drawing.titles.get(drawing.titles.size() - 1).add(drawing.stringDepth > 0 ? drawing.labelText : "");
        }
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        if (drawing.stringDepth == 0) {
            startLabel();
        }
        Rectangle2D visual = glyphs.getVisualBounds();
        if (visual.isEmpty()) {
            return;
        }
        visual.setRect(visual.getX() + x, visual.getY() + y, visual.getWidth(), visual.getHeight());
        Rectangle2D bounds = getTransform().createTransformedShape(visual).getBounds2D();
        String text = drawing.stringDepth > 0 ? drawing.labelText : glyphs.getNumGlyphs() + " glyphs";
        if (part() == DrawnPart.TICK_LABELS) {
            drawing.tickRuns.add(bounds);
        }
        drawing.texts.add(new TextRun(text, bounds, clipBounds(), drawing.labels,
                part() == DrawnPart.LEGEND));
        legendExtent(bounds);
    }

    /**
     * The labels the runs of one axis make: runs less than {@link #SAME_LABEL_PT} apart are one label (a power
     * of ten is drawn as two runs, "10" and its raised exponent).
     */
    static int labels(List<Rectangle2D> runs) {
        List<Rectangle2D> labels = new ArrayList<>();
        for (Rectangle2D run : runs) {
            Rectangle2D grown = new Rectangle2D.Double(run.getX() - SAME_LABEL_PT, run.getY() - SAME_LABEL_PT,
                    run.getWidth() + 2 * SAME_LABEL_PT, run.getHeight() + 2 * SAME_LABEL_PT);
            Rectangle2D joined = null;
            for (int k = 0; k < labels.size() && joined == null; k++) {
                if (labels.get(k).intersects(grown)) {
                    joined = labels.get(k);
                    joined.add(run);
                }
            }
            if (joined == null) {
                labels.add((Rectangle2D) run.clone());
            }
        }
        return labels.size();
    }

    @Override
    public void draw(Shape shape) {
        Shape stroked = getTransform().createTransformedShape(getStroke().createStrokedShape(shape));
        legendExtent(stroked.getBounds2D());
        if (part() == DrawnPart.DATA) {
            segments(getTransform().createTransformedShape(shape));
        }
    }

    @Override
    public void fill(Shape shape) {
        Rectangle2D bounds = getTransform().createTransformedShape(shape).getBounds2D();
        legendExtent(bounds);
        if (part() == DrawnPart.DATA) {
            pieces(getTransform().createTransformedShape(shape));
        }
    }

    private void legendExtent(Rectangle2D bounds) {
        if (part() == DrawnPart.LEGEND) {
            drawing.legend = drawing.legend == null ? (Rectangle2D) bounds.clone()
                    : drawing.legend.createUnion(bounds);
        }
    }

    /** Each piece (sub-path) of a filled shape as a mark of its own: the markers of a line are one shape. */
    private void pieces(Shape shape) {
        Rectangle2D clip = clipBounds();
        double[] c = new double[6];
        Rectangle2D piece = null;
        for (PathIterator it = shape.getPathIterator(null, 0.1); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO && piece != null) {
                drawing.data.add(new DataMark(piece, null, clip));
                piece = null;
            }
            if (type != PathIterator.SEG_CLOSE) {
                if (piece == null) {
                    piece = new Rectangle2D.Double(c[0], c[1], 0, 0);
                } else {
                    piece.add(c[0], c[1]);
                }
            }
        }
        if (piece != null) {
            drawing.data.add(new DataMark(piece, null, clip));
        }
    }

    /** The straight pieces of a drawn line, in canvas coordinates. */
    private void segments(Shape shape) {
        Rectangle2D clip = clipBounds();
        double[] c = new double[6];
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (PathIterator it = shape.getPathIterator(null, 0.1); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_LINETO && !Double.isNaN(lastX)) {
                drawing.data.add(new DataMark(null, new double[] {lastX, lastY, c[0], c[1]}, clip));
            }
            if (type != PathIterator.SEG_CLOSE) {
                lastX = c[0];
                lastY = c[1];
            }
        }
    }

    /** The clip in canvas coordinates, or null when nothing is clipped. */
    private Rectangle2D clipBounds() {
        Shape clip = getClip();
        return clip == null ? null : getTransform().createTransformedShape(clip).getBounds2D();
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
    }
}
