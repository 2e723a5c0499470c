package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.AttributedCharacterIterator;
import java.util.List;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.figure.LegendPlacement;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;
import org.gradientatlas.ticks.LogScaling;

class PowerOfTenAxisTest {
    private final PowerOfTenAxis axis = new PowerOfTenAxis("loss", -3.5, 1.2, FontLibrary.sans(10));

    @Test
    void majorTicksArePowersOfTenLabelledWithTrueMinus() {
        List<LogTick> ticks = axis.ticks(-3.5, 1.2, TextAnchor.CENTER_RIGHT);
        List<LogTick> major = ticks.stream().filter(t -> t.getTickType() == TickType.MAJOR).toList();
        assertThat(major).extracting(LogTick::getValue).containsExactly(-3.0, -2.0, -1.0, 0.0, 1.0);
        assertThat(text(major.get(0))).isEqualTo("10\u22123");
        assertThat(text(major.get(4))).isEqualTo("101");
    }

    @Test
    void minorTicksAtTwoToNineTimesEachPowerWithinRange() {
        List<LogTick> minor = axis.ticks(-3.5, 1.2, TextAnchor.CENTER_RIGHT).stream()
                .filter(t -> t.getTickType() == TickType.MINOR).toList();
        // 10^-3.5 = 3.16e-4: 4..9e-4 (6), 2..9 in each of the 4 decades up to 10 (32), then 20 only (10^1.2 = 15.8: none)
        assertThat(minor).hasSize(6 + 32);
        assertThat(minor).allMatch(t -> t.getAttributedLabel() == null);
    }

    @Test
    void anAxisOfAtMostOneDecadeLabelsMinorTicksAsMatplotlibDoes() {
        // 0.55 to 2.9: 0.72 decades, labels at 2, 3, 4, 6 times a power of ten (geomspace subset)
        List<String> labels = axis.ticks(StrictMath.log10(0.55), StrictMath.log10(2.9), TextAnchor.CENTER_RIGHT)
                .stream().filter(t -> t.getTickType() == TickType.MINOR && t.getAttributedLabel() != null)
                .map(PowerOfTenAxisTest::text).toList();
        assertThat(labels).containsExactly("6\u00d710\u22121", "2\u00d7100");
        // 0.3 decades: every minor tick is labelled
        assertThat(axis.ticks(StrictMath.log10(4.5), StrictMath.log10(9.5), TextAnchor.CENTER_RIGHT)).extracting(
                PowerOfTenAxisTest::text).containsExactly("5\u00d7100", "6\u00d7100", "7\u00d7100", "8\u00d7100",
                "9\u00d7100");
    }

    @Test
    void manyDecadesThinTheMajorTicksAndDropMinorOnes() {
        List<LogTick> ticks = axis.ticks(-20, 2, TextAnchor.CENTER_RIGHT);
        assertThat(ticks).allMatch(t -> t.getTickType() == TickType.MAJOR);
        assertThat(ticks).hasSizeLessThanOrEqualTo(8).extracting(LogTick::getValue).contains(0.0, -20.0);
    }

    @Test
    void logAxesMapLinesToLog10AndRejectWhatTheyCannotDraw() {
        XYPanel panel = new XYPanel("", Axis.of("epoch", 0, 2, 0), Axis.log("error", 1e-3, 10),
                List.of(new LineLayer("e", new double[] {0, 1, 2}, new double[] {1, 0.01, 0},
                        LineStyle.solid("#000000", 1))), LegendPlacement.NONE);
        double[] y = LogScaling.linearised(panel).lines().get(0).y();
        assertThat(y[0]).isEqualTo(0.0);
        assertThat(y[1]).isEqualTo(-2.0);
        assertThat(y[2]).as("log of 0 is a gap").isNaN();
        assertThatThrownBy(() -> Axis.log("error", 0, 1)).hasMessageContaining("0 < min");
    }

    private static String text(LogTick tick) {
        AttributedCharacterIterator it = tick.getAttributedLabel().getIterator();
        StringBuilder s = new StringBuilder();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            s.append(c);
        }
        return s.toString();
    }
}
