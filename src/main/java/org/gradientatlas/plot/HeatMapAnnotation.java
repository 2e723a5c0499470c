package org.gradientatlas.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.HeatMapLayer;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Draws a {@link HeatMapLayer} as one image stretched over its extent with nearest-neighbour sampling, as
 * matplotlib's {@code imshow} does when it enlarges an image (a 100 x 100 grid of rectangles would be over a
 * megabyte of SVG), one pixel per cell. Browsers smooth enlarged images unless told
 * {@code image-rendering="pixelated"}, which {@link org.gradientatlas.svg.SvgFigureWriter} adds.
 */
final class HeatMapAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final HeatMapLayer layer;
    private final transient BufferedImage image;

    HeatMapAnnotation(HeatMapLayer layer) {
        this.layer = layer;
        this.image = image(layer);
    }

    /** Row 0 of the image is the grid's top row (largest y), as {@code imshow(z.T[::-1])} shows it. */
    static BufferedImage image(HeatMapLayer layer) {
        Grid grid = layer.grid();
        int w = grid.columns();
        int h = grid.rows();
        Colormap colormap = Colormap.named(layer.colormap());
        double span = layer.vmax() - layer.vmin();
        int[] argb = new int[w * h];
        boolean opaque = true;
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double z = grid.z(i, j);
                // matplotlib's Normalize maps everything to 0 when vmin == vmax.
                int c = colormap.argb(span > 0 ? (z - layer.vmin()) / span : Double.isNaN(z) ? z : 0);
                argb[(h - 1 - j) * w + i] = c;
                opaque &= (c >>> 24) == 0xff;
            }
        }
        BufferedImage image = new BufferedImage(w, h, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, argb, 0, w);
        return image;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double left = domainAxis.valueToJava2D(layer.xMin(), dataArea, plot.getDomainAxisEdge());
        double right = domainAxis.valueToJava2D(layer.xMax(), dataArea, plot.getDomainAxisEdge());
        double top = rangeAxis.valueToJava2D(layer.yMax(), dataArea, plot.getRangeAxisEdge());
        double bottom = rangeAxis.valueToJava2D(layer.yMin(), dataArea, plot.getRangeAxisEdge());
        AffineTransform place = new AffineTransform((right - left) / image.getWidth(), 0, 0,
                (bottom - top) / image.getHeight(), left, top);
        Object before = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g2.drawImage(image, place, null);
        if (before != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, before);
        }
    }
}
