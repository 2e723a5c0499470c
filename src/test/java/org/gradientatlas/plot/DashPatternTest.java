package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DashPatternTest {

    @Test
    void cutsAStraightLineIntoOnPiecesAtTheRightLengths() {
        // 10 pt long in 4 segments; pattern 3 on, 1 off => pieces [0,3], [4,7], [8,10]
        double[] x = {0, 2.5, 5, 7.5, 10};
        double[] y = {0, 0, 0, 0, 0};
        double[][] pieces = new DashPattern(new double[] {3, 1}).onPieces(x, y, 1, 1);
        assertThat(pieces[0]).containsExactly(new double[] {0, 2.5, 3, Double.NaN, 4, 5, 7, Double.NaN, 8, 10},
                within(1e-12));
    }

    @Test
    void measuresLengthInPointsNotDataUnits() {
        double[] x = {0, 1};
        double[] y = {0, 0};
        double[][] pieces = new DashPattern(new double[] {2, 2}).onPieces(x, y, 10, 1);
        assertThat(pieces[0]).containsExactly(new double[] {0, 0.2, Double.NaN, 0.4, 0.6, Double.NaN, 0.8, 1},
                within(1e-12));
    }

    @Test
    void aSegmentFarLongerThanAnyCanvasIsDrawnSolidInsteadOfCutIntoBillionsOfDashes() {
        double[] x = {0, 1, 1e12};
        double[] y = {0, 0, 0};
        double[][] pieces = new DashPattern(new double[] {2, 2}).onPieces(x, y, 1, 1);
        assertThat(pieces[0].length).isLessThan(10);
        assertThat(pieces[0][pieces[0].length - 1]).isEqualTo(1e12);
    }

    @Test
    void rejectsNonPositiveDashes() {
        assertThatThrownBy(() -> new DashPattern(new double[] {1, 0})).hasMessageContaining("positive");
    }
}
