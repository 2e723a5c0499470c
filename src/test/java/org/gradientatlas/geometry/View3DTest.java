package org.gradientatlas.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The orthographic view at matplotlib's default azimuth -60 and elevation 30. */
class View3DTest {
    private final View3D view = fitted();

    private static View3D fitted() {
        View3D v = new View3D(new double[] {-5, -5, 0}, new double[] {5, 5, 2}, -60, 30);
        v.fit(0, 0, 400, 300);
        return v;
    }

    @Test
    void projectsTheAxesAlongTheirRotatedDirections() {
        ScreenPoint centre = view.screen(0, 0, 1);
        ScreenPoint xEnd = view.screen(5, 0, 1);
        ScreenPoint yEnd = view.screen(0, 5, 1);
        ScreenPoint zEnd = view.screen(0, 0, 2);
        // box half-extents (1, 1, 0.75); right = (sin 60, cos 60, 0), up = (-sin30 cos60, sin30 sin60, cos30)
        double scale = (xEnd.x() - centre.x()) / Math.sin(Math.toRadians(60));
        assertThat(scale).isPositive();
        assertThat(xEnd.y() - centre.y()).isCloseTo(scale * 0.5 * 0.5, within(1e-9));
        assertThat(yEnd.x() - centre.x()).isCloseTo(scale * 0.5, within(1e-9));
        assertThat(yEnd.y() - centre.y()).isCloseTo(-scale * 0.5 * Math.sin(Math.toRadians(60)), within(1e-9));
        assertThat(zEnd.x() - centre.x()).isCloseTo(0, within(1e-9));
        assertThat(zEnd.y() - centre.y()).isCloseTo(-scale * 0.75 * Math.cos(Math.toRadians(30)), within(1e-9));
    }

    @Test
    void theViewerSeesTheCornerAtXMaxYMinFromAbove() {
        assertThat(view.near(0)).isEqualTo(5);
        assertThat(view.near(1)).isEqualTo(-5);
        assertThat(view.near(2)).isEqualTo(2);
        assertThat(view.depth(5, -5, 2)).isGreaterThan(view.depth(-5, 5, 0));
    }

    @Test
    void theWholeBoxFitsTheAreaAndIsCentred() {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int c = 0; c < 8; c++) {
            double[] p = view.corner(c);
            ScreenPoint s = view.screen(p[0], p[1], p[2]);
            minX = Math.min(minX, s.x());
            maxX = Math.max(maxX, s.x());
            minY = Math.min(minY, s.y());
            maxY = Math.max(maxY, s.y());
        }
        assertThat(minX).isGreaterThanOrEqualTo(-1e-9);
        assertThat(maxX).isLessThanOrEqualTo(400 + 1e-9);
        assertThat(minY).isGreaterThanOrEqualTo(-1e-9);
        assertThat(maxY).isLessThanOrEqualTo(300 + 1e-9);
        assertThat((minX + maxX) / 2).isCloseTo(200, within(1e-9));
        assertThat((minY + maxY) / 2).isCloseTo(150, within(1e-9));
    }
}
