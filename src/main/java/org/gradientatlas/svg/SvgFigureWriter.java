package org.gradientatlas.svg;

import java.awt.Dimension;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.figure.ScaledFigure;
import org.gradientatlas.plot.FigurePainter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes a figure as SVG with Batik's SVGGraphics2D. Text becomes glyph outlines (no {@code <text>}), so the
 * file looks the same everywhere and depends on no installed font; the viewBox lets it scale in a page. The
 * text stays readable by machines: a title and description, and an aria-label on each string's outlines.
 */
public final class SvgFigureWriter {
    /** Decimal places Batik writes; {@link PathDataCompactor} then rounds path data to 0.01 pt. */
    private static final int PRECISION = 4;
    static final String PIXELATED = "pixelated";

    private final FigurePainter painter;

    public SvgFigureWriter(FigurePainter painter) {
        this.painter = painter;
    }

    public String write(Figure figure) {
        return write(new ScaledFigure(figure, figure.canvas()));
    }

    /** The figure laid out on its canvas (the viewBox) and sized as {@code scaled.display()}. */
    public String write(ScaledFigure scaled) {
        Figure figure = scaled.figure();
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null);
        SVGGeneratorContext context = OwnNumberFormatContext.create(document, PRECISION);
        context.setComment("Gradient Atlas figure " + figure.id());
        context.setEmbeddedFontsOn(false);
        GlyphDefinitions glyphs = new GlyphDefinitions();
        SVGGraphics2D g = new GlyphReusingGraphics(context, glyphs, new GlyphCharacters());
        double width = figure.canvas().widthPt();
        double height = figure.canvas().heightPt();
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(width), (int) Math.ceil(height)));
        painter.paint(figure, g);
        Element root = g.getRoot();
        root.setAttribute("width", Numbers.shortest(scaled.display().widthPt()) + "pt");
        root.setAttribute("height", Numbers.shortest(scaled.display().heightPt()) + "pt");
        root.setAttribute("viewBox", "0 0 " + Numbers.shortest(width) + " " + Numbers.shortest(height));
        root.insertBefore(glyphs.defs(document), root.getFirstChild());
        describe(root, figure);
        BatikPathText.compactClipPaths(root);
        CompactFillGroups.rewriteAll(root);
        pixelateImages(root);
        dropTextStyles(root);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.dispose();
        // Batik breaks lines inside tags, before "/>" and ">": joining them saves some 10% of the bytes.
        return CompactFillGroups.renameMarkers(out.toString().replace("\r\n", "\n").replaceAll("\n\\s*(/?>)", "$1"));
    }

    /**
     * role="img" with the figure's title and caption as the first children: what a screen reader announces and
     * what a browser shows on hover, while each text run's outlines carry their own aria-label.
     */
    private static void describe(Element root, Figure figure) {
        Document document = root.getOwnerDocument();
        root.setAttribute("role", "img");
        Element title = document.createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_TITLE_TAG);
        title.setTextContent(figure.data().title());
        Element desc = document.createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_DESC_TAG);
        desc.setTextContent(figure.data().caption());
        root.insertBefore(desc, root.getFirstChild());
        root.insertBefore(title, desc);
    }

    /** Properties that only affect text elements, which the figure has none of (its glyphs are shapes). */
    private static final List<String> TEXT_PROPERTIES = List.of("font-family", "font-size", "font-style",
            "font-weight", "text-rendering");

    private static void dropTextStyles(Element root) {
        NodeList all = root.getElementsByTagName("*");
        for (int i = -1; i < all.getLength(); i++) {
            Element e = i < 0 ? root : (Element) all.item(i);
            TEXT_PROPERTIES.forEach(e::removeAttribute);
        }
    }

    /**
     * Images are enlarged heat maps: browsers must not smooth them. Batik writes SVG 1.1's "optimizeSpeed", which
     * browsers ignore; CSS's "pixelated" works in them (and {@link PngRasterizer} maps it back for Batik).
     */
    private static void pixelateImages(Element root) {
        NodeList images = root.getElementsByTagNameNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_IMAGE_TAG);
        for (int i = 0; i < images.getLength(); i++) {
            ((Element) images.item(i)).setAttribute(SVGConstants.CSS_IMAGE_RENDERING_PROPERTY, PIXELATED);
        }
    }
}
