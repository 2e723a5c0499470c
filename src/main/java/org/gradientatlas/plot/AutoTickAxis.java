package org.gradientatlas.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.ui.RectangleEdge;
import org.gradientatlas.ticks.AutoTicks;
import org.gradientatlas.ticks.MaxNLocator;
import org.gradientatlas.ticks.TickFormat;

/**
 * A linear axis ticked as matplotlib's default {@code AutoLocator}: as many bins as the axis has room for ({@code
 * Axis.get_tick_space}: its length over three tick-label font sizes across, two along a vertical axis, clipped to 1
 * to 9), then MaxNLocator's steps 1, 2, 2.5, 5, 10, and labelled as ScalarFormatter ({@link TickFormat}). Where
 * that leaves fewer than {@link #MIN_TICKS} ticks on a short axis (matplotlib keeps two, or one), more bins are
 * asked for until three show: an axis with fewer labelled ticks cannot be read.
 */
final class AutoTickAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    static final int MIN_TICKS = AutoTicks.MIN_TICKS;

    /** The recipe's tick step, or 0 to choose one as AutoLocator. */
    private final double fixedStep;

    AutoTickAxis(String label) {
        this(label, 0);
    }

    /** An axis ticked every {@code fixedStep} (0: as AutoLocator), or a multiple of it where labels would touch. */
    AutoTickAxis(String label, double fixedStep) {
        super(label);
        this.fixedStep = fixedStep;
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        double length = horizontal ? dataArea.getWidth() : dataArea.getHeight();
        if (fixedStep > 0) {
            double step = fixedStep;
            for (int k = 1; !fits(g2, step, length, horizontal) && k <= AutoTicks.THINNED_STEPS; k++) {
                step = AutoTicks.thinnedStep(fixedStep, k);
            }
            setTickUnit(new NumberTickUnit(step, TickFormat.forTicks(AutoTicks.fixedTicks(getLowerBound(),
                    getUpperBound(), step))), false, false);
            return;
        }
        MaxNLocator locator = locator(length, getTickLabelFont().getSize2D(), horizontal, getLowerBound(),
                getUpperBound());
        setTickUnit(new NumberTickUnit(locator.step(getLowerBound(), getUpperBound()),
                TickFormat.forTicks(locator.tickValues(getLowerBound(), getUpperBound()))), false, false);
    }

    /**
     * True if ticks every {@code step} leave room between their labels: half a font size between labels side by
     * side, a third of a line between labels one above the other.
     */
    private boolean fits(Graphics2D g2, double step, double length, boolean horizontal) {
        double spacing = length * step / (getUpperBound() - getLowerBound());
        double size = getTickLabelFont().getSize2D();
        if (!horizontal) {
            return spacing >= size * 4 / 3;
        }
        double[] ticks = AutoTicks.fixedTicks(getLowerBound(), getUpperBound(), step);
        TickFormat format = TickFormat.forTicks(ticks);
        double widest = 0;
        for (double t : ticks) {
            widest = Math.max(widest, getTickLabelFont().getStringBounds(format.format(t),
                    g2.getFontRenderContext()).getWidth());
        }
        return spacing >= widest + size / 2;
    }

    @Override
    protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
            Rectangle2D dataArea, RectangleEdge edge) {
        return DrawnPart.TICK_LABELS.during(g2, () -> super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea,
                edge));
    }

    /** The tick step for an axis {@code lengthPt} long showing [lower, upper]. */
    static double step(double lengthPt, double fontSizePt, boolean horizontal, double lower, double upper) {
        return locator(lengthPt, fontSizePt, horizontal, lower, upper).step(lower, upper);
    }

    private static MaxNLocator locator(double lengthPt, double fontSizePt, boolean horizontal, double lower,
            double upper) {
        return AutoTicks.locator(AutoTicks.bins(lengthPt, fontSizePt, horizontal), lower, upper);
    }
}
