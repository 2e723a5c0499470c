package org.gradientatlas.figure;

/** A figure drawn on its own canvas and shown at the size of {@code display} (the same for unscaled figures). */
public record ScaledFigure(Figure figure, Canvas display) {
    public double scaleX() {
        return display.widthPt() / figure.canvas().widthPt();
    }

    public double scaleY() {
        return display.heightPt() / figure.canvas().heightPt();
    }
}
