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
 * A line with a marker at every point, drawn line first and markers over it, as matplotlib draws
 * {@code plot(..., marker="o")}; a line of width 0 is markers only.
 */
final class MarkedLineAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final LineLayer line;

    MarkedLineAnnotation(LineLayer line) {
        this.line = line;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        DrawnPart.DATA.during(g2, () -> drawLine(g2, plot, dataArea, domainAxis, rangeAxis));
    }

    private void drawLine(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                          ValueAxis rangeAxis) {
        double[] x = line.x();
        double[] y = line.y();
        LineStyle style = line.style();
        MarkerMarks marks = new MarkerMarks(style);
        Path2D.Double path = new Path2D.Double();
        boolean drawing = false;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < x.length; i++) {
            if (!(Double.isFinite(x[i]) && Double.isFinite(y[i]))) {
                drawing = false;
                continue;
            }
            double px = domainAxis.valueToJava2D(x[i], dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(y[i], dataArea, plot.getRangeAxisEdge());
            // A point on the previous one to 0.01 pt (a converged run) adds nothing to see: skip it.
            if (drawing && Math.round(px * 100) == Math.round(lastX * 100)
                    && Math.round(py * 100) == Math.round(lastY * 100)) {
                continue;
            }
            if (drawing) {
                double[] end = marks.segmentEnd(px, py, lastX, lastY);
                path.lineTo(end[0], end[1]);
                if (end[0] != px || end[1] != py) {
                    path.moveTo(px, py);
                }
            } else {
                path.moveTo(px, py);
            }
            marks.add(px, py, drawing ? lastX : Double.NaN, drawing ? lastY : Double.NaN);
            drawing = true;
            lastX = px;
            lastY = py;
        }
        if (style.hasLine()) {
            g2.setPaint(ChartFactory.color(style.color()));
            g2.setStroke(new BasicStroke((float) style.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g2.draw(path);
        }
        marks.paint(g2);
    }
}
