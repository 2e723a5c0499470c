package org.gradientatlas.plot;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface every figure uses: Liberation Sans (SIL OFL 1.1) from the openpdf-fonts-extra jar, loaded
 * with {@code Font.createFont} so that installed system fonts can never change a figure.
 */
public final class FontLibrary {
    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final Font SANS = load(REGULAR);

    private FontLibrary() {
    }

    /** Liberation Sans Regular at the given size in points. */
    public static Font sans(float sizePt) {
        return SANS.deriveFont(sizePt);
    }

    private static Font load(String resource) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource " + resource + " is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " is not a TrueType font", e);
        }
    }
}
