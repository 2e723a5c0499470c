package org.gradientatlas.plot;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.text.AttributedString;

/**
 * Axis and panel labels with matplotlib-style subscripts: {@code w_1} or {@code w_{12}} draws the part after
 * the underscore as a subscript (the shipped font has no subscript digits of its own).
 */
public final class LabelText {
    private LabelText() {
    }

    /** A TextAttribute.FONT run overrides TextAttribute.SUPERSCRIPT, so the subscript font carries its own shift. */
    private static Font subscript(Font font) {
        AffineTransform shift = AffineTransform.getTranslateInstance(0, 0.25 / 0.7);
        shift.scale(0.7, 0.7);
        return font.deriveFont(shift);
    }

    /** Raises the exponent's baseline by about 0.4 em, as matplotlib's mathtext superscript (measured on a render). */
    private static Font superscript(Font font) {
        AffineTransform shift = AffineTransform.getTranslateInstance(0, -1.64);
        shift.scale(0.7, 0.7);
        return font.deriveFont(shift);
    }

    /** {@code base} followed by {@code exponent} as a superscript, e.g. 10 to the power -3 for a log axis. */
    public static AttributedString power(String base, String exponent, Font font) {
        AttributedString text = new AttributedString(base + exponent);
        text.addAttribute(TextAttribute.FONT, font, 0, base.length());
        text.addAttribute(TextAttribute.FONT, superscript(font), base.length(), base.length() + exponent.length());
        return text;
    }

    public static boolean hasMarkup(String label) {
        return label.indexOf('_') >= 0;
    }

    /** The label without markup, e.g. for alt text: {@code w_1} becomes {@code w1}. */
    public static String plain(String label) {
        return label.replaceAll("_\\{([^}]*)}", "$1").replace("_", "");
    }

    public static AttributedString attributed(String label, Font font) {
        String plain = plain(label);
        AttributedString text = new AttributedString(plain);
        if (!plain.isEmpty()) {
            text.addAttribute(TextAttribute.FONT, font);
        }
        int out = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c != '_' || i + 1 == label.length()) {
                out++;
                continue;
            }
            int start = out;
            int length;
            if (label.charAt(i + 1) == '{' && label.indexOf('}', i) > 0) {
                length = label.indexOf('}', i) - i - 2;
                i = label.indexOf('}', i);
            } else {
                length = 1;
                i++;
            }
            if (length > 0) {
                text.addAttribute(TextAttribute.FONT, subscript(font), start, start + length);
            }
            out += length;
        }
        return text;
    }
}
