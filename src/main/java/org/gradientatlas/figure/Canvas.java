package org.gradientatlas.figure;

/** The figure's size in points (1/72 in), as matplotlib's {@code figsize} times 72. */
public record Canvas(double widthPt, double heightPt) {
    public Canvas {
        if (!(widthPt > 0 && heightPt > 0)) {
            throw new IllegalArgumentException("canvas size must be positive, got " + Numbers.shortest(widthPt) + " x "
                    + Numbers.shortest(heightPt));
        }
    }

    /** A canvas of matplotlib's {@code figsize=(widthIn, heightIn)}. */
    public static Canvas inches(double widthIn, double heightIn) {
        return new Canvas(widthIn * 72, heightIn * 72);
    }
}
