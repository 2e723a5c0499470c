package org.gradientatlas.plot;

import java.awt.RenderingHints;

/**
 * A rendering hint for the SVG writer: while it is {@code TRUE}, each fill is one of many small shapes that differ
 * only in colour (a surface's cells). The SVG writer then puts the shared style on their group and the colour on
 * each shape as a short {@code fill="#rrggbb"}; other Graphics2D ignore the hint and draw the same picture.
 */
public final class CompactFills {
    public static final RenderingHints.Key KEY = new Key();

    private CompactFills() {
    }

    private static final class Key extends RenderingHints.Key {
        Key() {
            super(0x6761); // unique among instances of this class only
        }

        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof Boolean;
        }
    }
}
