package org.gradientatlas.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A linear axis ticked as matplotlib's default {@code AutoLocator}: as many bins as the axis has room for ({@code
 * Axis.get_tick_space}: its length over three tick-label font sizes across, two along a vertical axis, clipped to 1
 * to 9), then MaxNLocator's steps 1, 2, 2.5, 5, 10. JFreeChart's own choice sized labels by the range's end values
 * written in full (-66.60000000000001), so a short axis could keep a single tick.
 */
final class AutoTickAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private static final int MAX_BINS = 9;

    AutoTickAxis(String label) {
        super(label);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        double length = horizontal ? dataArea.getWidth() : dataArea.getHeight();
        setTickUnit(new NumberTickUnit(step(length, getTickLabelFont().getSize2D(), horizontal, getLowerBound(),
                getUpperBound()), TickFormat.plain()), false, false);
    }

    /** The tick step for an axis {@code lengthPt} long showing [lower, upper]. */
    static double step(double lengthPt, double fontSizePt, boolean horizontal, double lower, double upper) {
        double perTick = fontSizePt * (horizontal ? 3 : 2);
        int bins = (int) Math.max(1, Math.min(MAX_BINS, Math.floor(lengthPt / perTick)));
        return MaxNLocator.auto(bins).step(lower, upper);
    }
}
