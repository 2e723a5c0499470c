package org.gradientatlas.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureJson;
import org.gradientatlas.figure.ScaledFigure;
import org.gradientatlas.pdf.PdfFigureWriter;
import org.gradientatlas.plot.FigurePainter;
import org.gradientatlas.plot.Theme;
import org.gradientatlas.svg.PngRasterizer;
import org.gradientatlas.svg.SvgFigureWriter;

/** Computes one job and renders its files in memory. Not thread-safe: use one renderer per thread. */
public final class FigureRenderer {
    private final RenderOptions options;
    private final SvgFigureWriter svgWriter;
    private final PdfFigureWriter pdfWriter;

    public FigureRenderer(RenderOptions options) {
        this.options = options;
        FigurePainter painter = new FigurePainter(Theme.matplotlibLike());
        this.svgWriter = new SvgFigureWriter(painter);
        this.pdfWriter = new PdfFigureWriter(painter);
    }

    public FigureOutputs render(RenderJob<?> job) {
        Figure computed = job.compute();
        ScaledFigure figure = options.size().apply(computed);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(job.id() + ".json", utf8(FigureJson.write(computed.data())));
        String svg = null;
        if (options.formats().contains(OutputFormat.SVG) || options.formats().contains(OutputFormat.PNG)) {
            svg = svgWriter.write(figure);
        }
        for (OutputFormat format : options.formats()) {
            String name = job.id() + "." + format.extension();
            switch (format) {
                case SVG -> files.put(name, utf8(svg));
                case PNG -> files.put(name, PngRasterizer.pngAtScale(svg, OutputFormat.PNG_PIXELS_PER_POINT));
                case PDF -> files.put(name, pdfWriter.write(figure));
            }
        }
        return new FigureOutputs(job.id(), files);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
