package org.gradientatlas.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A line with a disc at every point, drawn line first and discs over it, as matplotlib draws
 * {@code plot(..., marker="o")}. All discs of a line are one path of zero-length segments stroked with round
 * caps (about 15 bytes a disc in SVG, where a path per circle costs about 100).
 */
final class MarkedLineAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    /** matplotlib's {@code lines.markeredgewidth}: the edge adds half of it on each side of the disc. */
    static final double MARKER_EDGE_WIDTH = 1.0;
    private final LineLayer line;

    MarkedLineAnnotation(LineLayer line) {
        this.line = line;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double[] x = line.x();
        double[] y = line.y();
        Path2D.Double path = new Path2D.Double();
        Path2D.Double discs = new Path2D.Double();
        boolean drawing = false;
        long lastX = Long.MIN_VALUE;
        long lastY = Long.MIN_VALUE;
        for (int i = 0; i < x.length; i++) {
            if (!(Double.isFinite(x[i]) && Double.isFinite(y[i]))) {
                drawing = false;
                continue;
            }
            double px = domainAxis.valueToJava2D(x[i], dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(y[i], dataArea, plot.getRangeAxisEdge());
            // A point on the previous one to 0.01 pt (a converged run) adds nothing to see: skip it.
            long rx = Math.round(px * 100);
            long ry = Math.round(py * 100);
            if (drawing && rx == lastX && ry == lastY) {
                continue;
            }
            lastX = rx;
            lastY = ry;
            if (drawing) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                drawing = true;
            }
            discs.moveTo(px, py);
            discs.lineTo(px, py);
        }
        LineStyle style = line.style();
        g2.setPaint(ChartFactory.color(style.color()));
        g2.setStroke(new BasicStroke((float) style.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g2.draw(path);
        g2.setStroke(new BasicStroke((float) (style.markerSize() + MARKER_EDGE_WIDTH), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g2.draw(discs);
    }
}
