package org.gradientatlas.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gradientatlas.Atlas;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.FigureJson;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Series;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.plot.FigurePainter;
import org.gradientatlas.plot.Theme;
import org.gradientatlas.svg.SvgFigureWriter;

/** Small real figures for review tests: a parabola y = a x^2 whose coefficient moves between sides. */
final class SampleFigures {
    private SampleFigures() {
    }

    static void write(Path dir, String id, double a) throws IOException {
        double[] x = {0, 0.25, 0.5, 0.75, 1};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = a * x[i] * x[i];
        }
        FigureData data = new FigureData(id, "Sample " + id, "y = a x²", "test", 1L, Map.of("a", a),
                Map.of("top", a), Map.of("curve", Series.builder().column("x", x).column("y", y).build()), Map.of());
        XYPanel panel = new XYPanel("", Axis.of("x", 0, 1, 0.25), Axis.of("y", 0, 1.5, 0.5),
                List.of(new LineLayer("y = a x²", x, y, LineStyle.solid("#1f77b4", 1.5))), LegendPlacement.UPPER_LEFT);
        Figure figure = new Figure(data, Canvas.inches(4, 3), List.of(panel));
        String svg = new SvgFigureWriter(new FigurePainter(Theme.matplotlibLike())).write(figure);
        Atlas.writeFigure(new RenderedFigure(data, svg, FigureJson.write(data)), dir);
    }
}
