package org.gradientatlas.svg;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.apache.batik.svggen.DefaultErrorHandler;
import org.apache.batik.svggen.DefaultExtensionHandler;
import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;

/**
 * Batik's default generator context with a number format of its own: DecimalFormat is not thread-safe by contract
 * (JDK 17 happens to lock around formatting a double), and Batik hands every context one static instance. A new
 * DecimalFormat, not a clone: on JDK 17 a clone shares the original's digit buffer (openjdk/jdk pull 24598), so once
 * anything had formatted through the original, two figures on two threads garbled each other's transform,
 * rectangle, line and clip numbers ("364.71" for 364.7181).
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
        // Batik's pattern and symbols ("#.####", Locale.US, as its static initialiser builds them), in an instance
        // nothing else touches: not even toPattern() is asked of Batik's shared formats.
        int places = context.getPrecision();
        context.decimalFormat = new DecimalFormat(places == 0 ? "#" : "#." + "#".repeat(places),
                new DecimalFormatSymbols(Locale.US));
        return context;
    }
}
