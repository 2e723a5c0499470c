package org.gradientatlas.plot;

import java.awt.Color;
import java.awt.Font;

/**
 * Sizes and colours of everything that is not data, in points; the defaults follow matplotlib's rcParams
 * (12 pt titles, 10 pt text, 0.8 pt axes and ticks, 3.5 pt tick length, legend frame #cccccc at 80% opacity).
 */
public record Theme(Font titleFont, Font labelFont, Font tickFont, Font legendFont, Color text, Color frame,
                    float axisLineWidth, float tickLength, Color legendEdge, Color legendFill,
                    double legendInsetPt, double outerPaddingPt) {

    public static Theme matplotlibLike() {
        return new Theme(FontLibrary.sans(12f), FontLibrary.sans(10f), FontLibrary.sans(10f), FontLibrary.sans(10f),
                Color.BLACK, Color.BLACK, 0.8f, 3.5f, new Color(0xcc, 0xcc, 0xcc),
                new Color(255, 255, 255, 204), 0.02, 10);
    }
}
