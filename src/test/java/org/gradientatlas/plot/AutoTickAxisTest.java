package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradientatlas.ReferenceCsv;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/**
 * Compares with the ticks matplotlib 3.6.3 draws (reference/auto-ticks.csv, tools/reference/auto_ticks.py); where
 * matplotlib keeps fewer than three, the axis must show at least three.
 */
class AutoTickAxisTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/auto-ticks.csv");

    @Test
    void ticksAsMatplotlibsAutoLocatorOnAnAxisOfTheSameLength() {
        int length = REFERENCE.column("length");
        int axis = REFERENCE.column("axis");
        int lo = REFERENCE.column("lo");
        int hi = REFERENCE.column("hi");
        int ticks = REFERENCE.column("ticks");
        assertThat(REFERENCE.rows()).hasSizeGreaterThan(200);
        List<String> wrong = new ArrayList<>();
        for (String[] row : REFERENCE.rows()) {
            double[] expected = Arrays.stream(row[ticks].split(";")).mapToDouble(Double::parseDouble).toArray();
            double[] actual = ticks(Double.parseDouble(row[length]), row[axis].equals("x"),
                    Double.parseDouble(row[lo]), Double.parseDouble(row[hi]));
            // Where matplotlib keeps fewer than three ticks on a short axis, we ask for more bins (see AutoTickAxis).
            boolean ok = expected.length >= AutoTickAxis.MIN_TICKS ? close(actual, expected)
                    : actual.length >= AutoTickAxis.MIN_TICKS;
            if (!ok) {
                wrong.add("case " + row[0] + ": " + Arrays.toString(actual) + " for " + row[ticks]);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The tick values the axis draws when its data area is {@code length} pt along it. */
    private static double[] ticks(double length, boolean horizontal, double lo, double hi) {
        AutoTickAxis axis = new AutoTickAxis("");
        axis.setTickLabelFont(FontLibrary.sans(10f));
        axis.setRange(lo, hi);
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        Rectangle2D area = horizontal ? new Rectangle2D.Double(0, 0, length, 100)
                : new Rectangle2D.Double(0, 0, 100, length);
        List<?> ticks = axis.refreshTicks(g, new AxisState(), area,
                horizontal ? RectangleEdge.BOTTOM : RectangleEdge.LEFT);
        g.dispose();
        return ticks.stream().mapToDouble(t -> ((NumberTick) t).getValue()).toArray();
    }

    private static boolean close(double[] actual, double[] expected) {
        if (actual.length != expected.length) {
            return false;
        }
        double step = expected.length > 1 ? expected[1] - expected[0] : 1;
        for (int k = 0; k < actual.length; k++) {
            // JFreeChart adds k * step to the first tick, matplotlib multiplies: a few ulps apart far from 0.
            if (Math.abs(actual[k] - expected[k]) > 1e-9 * Math.abs(step) + 8 * Math.ulp(expected[k])) {
                return false;
            }
        }
        return true;
    }
}
