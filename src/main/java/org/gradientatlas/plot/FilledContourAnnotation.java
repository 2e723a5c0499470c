package org.gradientatlas.plot;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.gradientatlas.figure.FilledContourLayer;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.gradientatlas.geometry.ContourPath;
import org.gradientatlas.geometry.Isoband;
import org.gradientatlas.geometry.MarchingSquares;

/** Draws a {@link FilledContourLayer}: each isoband (marching squares) as one even-odd filled vector path. */
public final class FilledContourAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final FilledContourLayer layer;
    private final transient List<Isoband> bands;

    FilledContourAnnotation(FilledContourLayer layer) {
        this.layer = layer;
        this.bands = new MarchingSquares(layer.grid()).bands(layer.levels());
    }

    /** Where band k lies on the colormap ({@link FilledContourLayer#colourPosition}). */
    public static double colourPosition(double[] levels, int band) {
        return FilledContourLayer.colourPosition(levels, band);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        Colormap colormap = Colormap.named(layer.colormap());
        double[] levels = layer.levels();
        for (int k = 0; k < bands.size(); k++) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (ContourPath ring : bands.get(k).rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    double px = domainAxis.valueToJava2D(ring.x(i), dataArea, plot.getDomainAxisEdge());
                    double py = rangeAxis.valueToJava2D(ring.y(i), dataArea, plot.getRangeAxisEdge());
                    if (i == 0) {
                        path.moveTo(px, py);
                    } else {
                        path.lineTo(px, py);
                    }
                }
                path.closePath();
            }
            g2.setPaint(colormap.color(colourPosition(levels, k)));
            g2.fill(path);
        }
    }
}
