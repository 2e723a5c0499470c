package org.gradientatlas.svg;

import java.text.DecimalFormat;
import org.apache.batik.svggen.DefaultErrorHandler;
import org.apache.batik.svggen.DefaultExtensionHandler;
import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;

/**
 * Batik's default generator context with a number format of its own. Batik hands every context one static
 * DecimalFormat per precision, and DecimalFormat is not thread-safe: two figures rendered at once could garble
 * each other's numbers (transforms, rectangles, lines and clip paths still go through it).
 */
final class OwnNumberFormatContext extends SVGGeneratorContext {
    private OwnNumberFormatContext(Document document) {
        super(document);
    }

    /** As {@code SVGGeneratorContext.createDefault(document)} followed by {@code setPrecision(precision)}. */
    static SVGGeneratorContext create(Document document, int precision) {
        OwnNumberFormatContext context = new OwnNumberFormatContext(document);
        context.setIDGenerator(new SVGIDGenerator());
        context.setExtensionHandler(new DefaultExtensionHandler());
        context.setImageHandler(new ImageHandlerBase64Encoder());
        context.setStyleHandler(new DefaultStyleHandler());
        context.setErrorHandler(new DefaultErrorHandler());
        context.setPrecision(precision);
        context.decimalFormat = (DecimalFormat) decimalFormats[context.getPrecision()].clone();
        return context;
    }
}
