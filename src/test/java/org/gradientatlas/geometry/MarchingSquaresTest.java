package org.gradientatlas.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.gradientatlas.geometry.ContourAssertions.assertLines;
import static org.gradientatlas.geometry.ContourAssertions.assertRing;
import static org.gradientatlas.geometry.ContourAssertions.assertTilesWithoutSeams;
import static org.gradientatlas.geometry.ContourAssertions.sameVertices;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import org.gradientatlas.figure.Grid;
import org.junit.jupiter.api.Test;

class MarchingSquaresTest {

    @Test
    void unitCircleIsOneClosedLineNearTheCircle() {
        double[] axis = linspace(-2, 2, 201);
        List<ContourPath> lines = new MarchingSquares(grid(axis, axis, (x, y) -> x * x + y * y)).lines(1);
        assertThat(lines).hasSize(1);
        ContourPath circle = lines.get(0);
        assertThat(circle.closed()).isTrue();
        assertThat(circle.size()).isGreaterThan(200);
        for (int k = 0; k < circle.size(); k++) {
            assertThat(Math.hypot(circle.x(k), circle.y(k))).isCloseTo(1, within(1e-4));
        }
        // larger values (outside) lie on the left of the line, so it runs clockwise
        assertThat(-circle.signedArea()).isCloseTo(Math.PI, within(Math.PI * 0.01));
    }

    @Test
    void lineOfAPlaneRunsWithLargerValuesOnItsLeft() {
        Grid plane = grid(new double[] {0, 1, 2}, new double[] {0, 1, 2, 3}, (x, y) -> x);
        List<ContourPath> lines = new MarchingSquares(plane).lines(0.5);
        assertThat(lines).containsExactly(new ContourPath(new double[] {0.5, 0.5, 0.5, 0.5},
                new double[] {3, 2, 1, 0}, false));
        assertThat(new MarchingSquares(plane).lines(7)).isEmpty();
    }

    @Test
    void bandOfAPlaneIsTheExpectedPolygon() {
        Grid plane = grid(new double[] {0, 1, 2}, new double[] {0, 1}, (x, y) -> x + y);
        Isoband band = new MarchingSquares(plane).band(0.5, 2.5);
        assertThat(band.rings()).hasSize(1);
        assertRing(band.rings().get(0), new double[] {0.5, 1, 2, 2, 1.5, 1, 0, 0},
                new double[] {0, 0, 0, 0.5, 1, 1, 1, 0.5});
        assertThat(band.area()).isEqualTo(1.75);
    }

    /** matplotlib 3.6.3 (contourpy 1.0.7, mpl2014) on z = [[0, 1], [1, 0]]: lines(0.4) and lines(0.6). */
    @Test
    void saddleJoinsTheCornersOnTheSideOfTheCentreValue() {
        Grid saddle = new Grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{0, 1}, {1, 0}});
        MarchingSquares squares = new MarchingSquares(saddle);
        // centre 0.5 above 0.4: the low corners (0, 0) and (1, 1) are cut off
        assertLines(squares.lines(0.4), new double[][] {{0, 0.4, 0.4, 0}, {1, 0.6, 0.6, 1}});
        // centre 0.5 below 0.6, and equal to the level 0.5, which counts as below: the high corners are cut off
        assertLines(squares.lines(0.6), new double[][] {{0, 0.6, 0.4, 1}, {1, 0.4, 0.6, 0}});
        assertLines(squares.lines(0.5), new double[][] {{0, 0.5, 0.5, 1}, {1, 0.5, 0.5, 0}});
    }

    /** matplotlib 3.6.3: contour_generator(z=[[0, 1], [1, 0.2]], name='mpl2014').filled(0.55, 2). */
    @Test
    void saddleBandSplitsWhenTheCentreIsOnTheLevel() {
        Grid saddle = new Grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{0, 1}, {1, 0.2}});
        Isoband band = new MarchingSquares(saddle).band(0.55, 2);
        assertThat(band.rings()).hasSize(2);
        assertRing(band.rings().get(0), new double[] {1, 1, 0.55}, new double[] {0, 0.5625, 0});
        assertRing(band.rings().get(1), new double[] {0.5625, 0, 0}, new double[] {1, 1, 0.55});
        // lower level 0.5 is below the centre 0.55: one band joining the high corners
        assertThat(new MarchingSquares(saddle).band(0.5, 2).rings()).hasSize(1);
    }

    /** Reference: tools/reference/marching_squares.py (matplotlib 3.6.3's contourpy 1.0.7, mpl2014). */
    @Test
    void linesAndBandAreasMatchMatplotlib() {
        MatplotlibContours reference = MatplotlibContours.load("/reference/marching-squares.csv");
        MarchingSquares squares = new MarchingSquares(reference.grid());
        double[] levels = reference.levels();
        for (int n = 0; n < levels.length; n++) {
            List<ContourPath> mine = squares.lines(levels[n]);
            List<ContourPath> theirs = reference.lines(n);
            assertThat(mine).as("lines at %s", levels[n]).hasSameSizeAs(theirs);
            for (ContourPath expected : theirs) {
                assertThat(mine).as("a line at %s like %s", levels[n], expected)
                        .anyMatch(line -> sameVertices(line, expected, 1e-12));
            }
        }
        for (int n = 0; n + 1 < levels.length; n++) {
            assertThat(squares.band(levels[n], levels[n + 1]).area()).as("band %d", n)
                    .isCloseTo(reference.area(n), within(1e-12));
        }
    }

    @Test
    void bandsOfARandomFieldTileTheRectangleWithSharedEdges() {
        Random random = new Random(20240601);
        double[] x = ragged(random, 0, 41);
        double[] y = ragged(random, -3, 29);
        double[][] z = new double[y.length][x.length];
        for (double[] row : z) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextGaussian() * 5;
            }
        }
        Grid field = new Grid(x, y, z);
        double[] levels = ContourLevels.filled(field);
        assertTilesWithoutSeams(new MarchingSquares(field).bands(levels), x, y);
    }

    @Test
    void valuesExactlyOnTheLevelsStillTileTheRectangle() {
        Random random = new Random(7);
        double[] x = linspace(0, 1, 23);
        double[] y = linspace(0, 2, 17);
        double[][] z = new double[y.length][x.length];
        for (double[] row : z) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextInt(7) * 0.5; // every value is one of the levels
            }
        }
        double[] levels = {0, 0.5, 1, 1.5, 2, 2.5, 3};
        assertTilesWithoutSeams(new MarchingSquares(new Grid(x, y, z)).bands(levels), x, y);
    }

    @Test
    void cellsWithNanAreLeftEmpty() {
        double[] axis = linspace(0, 4, 5);
        double[][] z = new double[5][5];
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                z[j][i] = i + 0.1 * j;
            }
        }
        z[2][2] = Double.NaN;
        MarchingSquares squares = new MarchingSquares(new Grid(axis, axis, z));
        List<Isoband> bands = squares.bands(new double[] {0, 1.5, 2.5, 5});
        assertThat(bands.stream().mapToDouble(Isoband::area).sum()).isCloseTo(16 - 4, within(1e-12));
        // the line at 2.05 is cut by the hole: two open pieces, above and below it
        List<ContourPath> lines = squares.lines(2.05);
        assertThat(lines).hasSize(2).allMatch(line -> !line.closed());
        // a band containing the hole has the hole's boundary as a clockwise inner ring
        Isoband everything = squares.band(-1, 10);
        assertThat(everything.rings()).extracting(ContourPath::signedArea)
                .containsExactlyInAnyOrder(16.0, -4.0);
    }

    @Test
    void decreasingAxesKeepRingsCounterClockwise() {
        Grid flipped = grid(new double[] {2, 1, 0}, new double[] {0, 1}, (x, y) -> x + y);
        Isoband band = new MarchingSquares(flipped).band(0.5, 2.5);
        assertThat(band.area()).isEqualTo(1.75);
    }

    @Test
    void rejectsNonMonotonicAxes() {
        Grid bad = grid(new double[] {0, 2, 1}, new double[] {0, 1}, (x, y) -> x);
        assertThatThrownBy(() -> new MarchingSquares(bad)).hasMessageContaining("monotonic");
    }

    private static Grid grid(double[] x, double[] y, DoubleBinaryOperator f) {
        double[][] z = new double[y.length][x.length];
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                z[j][i] = f.applyAsDouble(x[i], y[j]);
            }
        }
        return new Grid(x, y, z);
    }

    private static double[] linspace(double from, double to, int n) {
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = from + (to - from) * k / (n - 1);
        }
        return values;
    }

    /** Increasing coordinates with uneven spacing. */
    private static double[] ragged(Random random, double from, int n) {
        double[] values = new double[n];
        values[0] = from;
        for (int k = 1; k < n; k++) {
            values[k] = values[k - 1] + 0.1 + random.nextDouble();
        }
        return values;
    }
}
