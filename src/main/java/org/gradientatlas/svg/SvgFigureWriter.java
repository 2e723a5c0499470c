package org.gradientatlas.svg;

import java.awt.Dimension;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.plot.FigurePainter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a figure as SVG with Batik's SVGGraphics2D. Text becomes glyph outlines (no {@code <text>}), so the
 * file looks the same everywhere and depends on no installed font; the viewBox lets it scale in a page.
 */
public final class SvgFigureWriter {
    /** Decimal places Batik writes; {@link PathDataCompactor} then rounds path data to 0.01 pt. */
    private static final int PRECISION = 4;

    private final FigurePainter painter;

    public SvgFigureWriter(FigurePainter painter) {
        this.painter = painter;
    }

    public String write(Figure figure) {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Gradient Atlas figure " + figure.id());
        context.setPrecision(PRECISION);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, true);
        double width = figure.canvas().widthPt();
        double height = figure.canvas().heightPt();
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(width), (int) Math.ceil(height)));
        painter.paint(figure, g);
        Element root = g.getRoot();
        String w = Numbers.shortest(width);
        String h = Numbers.shortest(height);
        root.setAttribute("width", w + "pt");
        root.setAttribute("height", h + "pt");
        root.setAttribute("viewBox", "0 0 " + w + " " + h);
        PathDataCompactor.compactAll(root);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.dispose();
        return out.toString().replace("\r\n", "\n");
    }
}
