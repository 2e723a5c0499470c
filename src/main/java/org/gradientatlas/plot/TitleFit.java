package org.gradientatlas.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A panel title's font: the theme's title font if the title wraps onto at most {@link #MAX_LINES} lines in the
 * panel's width, else the largest size down to {@link #SMALLEST} of it that does (a long title on a narrow
 * panel, such as the stochastic landscape's at paper-column, wrapped onto seven lines).
 */
final class TitleFit {
    static final int MAX_LINES = 2;
    /** The smallest title size as a share of the theme's: the title stays larger than the 10 pt labels' 0.8. */
    private static final double SMALLEST = 0.7;
    private static final float STEP_PT = 0.25f;

    private TitleFit() {
    }

    static Font font(String title, Font font, double widthPt) {
        return font(title, font, widthPt, MAX_LINES);
    }

    /** The title font that wraps {@code title} onto at most {@code maxLines} lines, if one down to 70% does. */
    static Font font(String title, Font font, double widthPt, int maxLines) {
        Font fitted = font;
        while (lines(title, fitted, widthPt) > maxLines
                && fitted.getSize2D() - STEP_PT >= font.getSize2D() * SMALLEST) {
            fitted = font.deriveFont(fitted.getSize2D() - STEP_PT);
        }
        return fitted;
    }

    /** The lines the title takes in the given width, broken at spaces only ({@link #wrapped}). */
    static int lines(String title, Font font, double widthPt) {
        return wrapped(title, font, widthPt).split("\n", -1).length;
    }

    /**
     * The title with a line break at the last space before each line would overflow: JFreeChart's own wrapping
     * breaks inside numbers ("x = −0." / "9906"), so titles are given to it already broken.
     */
    static String wrapped(String title, Font font, double widthPt) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        try {
            StringBuilder text = new StringBuilder();
            String line = "";
            for (String word : title.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringBounds(longer, g.getFontRenderContext()).getWidth() > widthPt) {
                    text.append(line).append('\n');
                    line = word;
                } else {
                    line = longer;
                }
            }
            return text.append(line).toString();
        } finally {
            g.dispose();
        }
    }
}
