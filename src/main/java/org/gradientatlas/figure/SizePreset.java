package org.gradientatlas.figure;

import java.util.Locale;
import org.gradientatlas.math.IntegerRounding;

/**
 * Where a figure goes: its width (and, for slides, height) there and how large its text is. A preset lays the
 * figure out on a canvas of the target size divided by {@code textScale} and shows it scaled by
 * {@code textScale}: text, lines, markers and paddings all scale together, so 10 pt tick labels become
 * 10 x textScale pt, and the layout (axes, legend, colorbar) is recomputed for the new proportions. Where the
 * panels do not fit side by side, they are stacked ({@link PanelGrid}) and the figure grows taller.
 */
public enum SizePreset {
    /** As the recipe draws it: the golden figures. */
    DEFAULT(0, 0, 1),
    /** One column of a two-column paper: 3.3 in wide, 8 pt tick, label and legend text (9.6 pt titles). */
    PAPER_COLUMN(3.3, 0, 0.8),
    /** The full text width of a paper: 6.75 in wide, 9 pt text. */
    PAGE(6.75, 0, 0.9),
    /** A 16:9 slide, 13.33 x 7.5 in (PowerPoint's widescreen), 16 pt text. */
    SLIDE(40 / 3.0, 7.5, 1.6),
    /** A web page column of 800 CSS pixels (600 pt), 12 pt (16 px) text. */
    WEB(600 / 72.0, 0, 1.2);

    private final double widthIn;
    private final double heightIn;
    private final double textScale;

    SizePreset(double widthIn, double heightIn, double textScale) {
        this.widthIn = widthIn;
        this.heightIn = heightIn;
        this.textScale = textScale;
    }

    /** The command-line name: paper-column, page, slide, web, default. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SizePreset fromLabel(String label) {
        for (SizePreset preset : values()) {
            if (preset.label().equals(label)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("unknown size '" + label + "'; choose one of paper-column, page, slide,"
                + " web, default");
    }

    /** The figure laid out for this preset; {@link #DEFAULT} returns it unchanged. */
    public ScaledFigure apply(Figure figure) {
        if (this == DEFAULT) {
            return new ScaledFigure(figure, figure.canvas());
        }
        Canvas own = figure.canvas();
        double width = milliPoints(widthIn * 72);
        int columns = PanelGrid.columns(width / textScale, figure.panels());
        double height = milliPoints(heightIn > 0 ? heightIn * 72
                : PanelGrid.height(own, figure.panels().size(), columns, width));
        Canvas layout = new Canvas(milliPoints(width / textScale), milliPoints(height / textScale));
        return new ScaledFigure(new Figure(figure.data(), layout, figure.panels(), columns),
                new Canvas(width, height));
    }

    /** Sizes on a 0.001 pt grid, so that the files say 178.2pt rather than 178.19999999999996pt. */
    private static double milliPoints(double pt) {
        return IntegerRounding.round(pt * 1000) / 1000.0;
    }
}
