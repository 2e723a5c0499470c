package org.gradientatlas.svg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathDataCompactorTest {

    @Test
    void writesRelativeCommandsOnAHundredthOfAPointGrid() {
        assertThat(PathDataCompactor.compact("M197.03 144.049 L198.668 147.819 L200.307 151.984 Z"))
                .isEqualTo("M197.03 144.05l1.64 3.77 1.64 4.16z");
    }

    @Test
    void curvesAndSubpathsStayExactOnTheGrid() {
        assertThat(PathDataCompactor.compact("M0 0 L1 1 Z M10 10 Q11 12 13 10 C14 9 15 9 16 10 Z"))
                .isEqualTo("M0 0l1 1zm10 10q1 2 3 0c1-1 2-1 3 0z");
    }

    @Test
    void roundingNeverAccumulates() {
        StringBuilder d = new StringBuilder("M0 0");
        for (int i = 1; i <= 1000; i++) {
            d.append(" L").append(i * 0.0049).append(' ').append(0);
        }
        String compact = PathDataCompactor.compact(d.toString());
        // the last point rounds to 4.9 exactly; summing rounded steps of 0.0049 would give 0
        double sum = 0;
        for (String step : compact.substring(compact.indexOf('h') + 1).trim().split(" ")) {
            sum += Double.parseDouble(step);
        }
        assertThat(sum).isEqualTo(4.9, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void linesAlongAnAxisBecomeHAndV() {
        // The zero-length lines of disc markers (round caps) become "h0".
        assertThat(PathDataCompactor.compact("M1 1 L1 1 M5 1 L5 1 L5 3 L7 3 L8 4"))
                .isEqualTo("M1 1h0m4 0h0v2h2l1 1");
    }

    @Test
    void numbersAreShort() {
        assertThat(PathDataCompactor.number(150)).isEqualTo("1.5");
        assertThat(PathDataCompactor.number(-5)).isEqualTo("-0.05");
        assertThat(PathDataCompactor.number(0)).isEqualTo("0");
        assertThat(PathDataCompactor.number(-1200)).isEqualTo("-12");
    }
}
