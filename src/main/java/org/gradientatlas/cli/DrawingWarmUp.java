package org.gradientatlas.cli;

import java.awt.Font;
import java.util.Set;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.util.SVGConstants;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.plot.FigurePainter;
import org.gradientatlas.plot.Theme;
import org.gradientatlas.svg.SvgFigureWriter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Initialises the drawing stack on a daemon thread while picocli reads the command line on the main thread: Java's
 * font system (a scan of the installed fonts that Batik's default "Dialog" font sets off), the bundled typeface,
 * Batik, JFreeChart and the shortest-decimal tables. That is a tenth of a second or more of one-time work which the
 * first figures on both render threads would otherwise wait for. Nothing made here reaches any output.
 */
final class DrawingWarmUp {
    private DrawingWarmUp() {
    }

    /** The commands that draw figures; others (list, diff, --version) would only pay for the thread. */
    private static final Set<String> DRAWING = Set.of("render", "site", "build");

    static void startFor(String[] args) {
        if (args.length > 0 && DRAWING.contains(args[0])) {
            start();
        }
    }

    private static void start() {
        Thread thread = new Thread(DrawingWarmUp::run, "drawing warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            new Font(Font.DIALOG, Font.PLAIN, 12).getFamily();
            new SvgFigureWriter(new FigurePainter(Theme.matplotlibLike()));
            SVGGeneratorContext.createDefault(GenericDOMImplementation.getDOMImplementation()
                    .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null));
            new JFreeChart(new XYPlot(new XYSeriesCollection(), new NumberAxis(), new NumberAxis(),
                    new XYLineAndShapeRenderer()));
            Numbers.shortest(0.1); // the shortest-decimal tables, for the data files
        } catch (Throwable ignored) {
            // Only a head start: whatever fails here fails again, with its proper message, where it is used.
        }
    }
}
