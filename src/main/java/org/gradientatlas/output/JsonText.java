package org.gradientatlas.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The project's JSON layout, shared by the figures' data files and diff's summary: objects one key a line, two
 * spaces, "\n" on every platform (Jackson's default is the system's line end), a final newline.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** What writes the document, key by key. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonText() {
    }

    /** The document {@code body} writes; arrays one item a line, or on one line (long numeric columns). */
    public static String of(boolean arrayItemALine, Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter(arrayItemALine));
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static DefaultPrettyPrinter prettyPrinter(boolean arrayItemALine) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(arrayItemALine ? new DefaultIndenter("  ", "\n")
                : DefaultPrettyPrinter.NopIndenter.instance);
        return printer;
    }
}
