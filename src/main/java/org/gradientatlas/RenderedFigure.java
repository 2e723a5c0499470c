package org.gradientatlas;

import org.gradientatlas.figure.FigureData;

/** One figure after the pipeline: its data and the two files written for it. */
public record RenderedFigure(FigureData data, String svg, String json) {
    public String id() {
        return data.id();
    }
}
