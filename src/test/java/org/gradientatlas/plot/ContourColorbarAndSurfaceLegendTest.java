package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.figure.Canvas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.FilledContourLayer;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.Line3D;
import org.gradientatlas.figure.LineStyle;
import org.gradientatlas.figure.Panel;
import org.gradientatlas.figure.SurfacePanel;
import org.gradientatlas.figure.XYPanel;
import org.junit.jupiter.api.Test;

class ContourColorbarAndSurfaceLegendTest {
    private static final double[] V = {0, 1, 2, 3, 4};
    /** z = i + j: levels 0, 2, 4, 6, 8 give four bands. */
    private static final Grid PLANE = plane();
    private static final double[] LEVELS = {0, 2, 4, 6, 8};

    @Test
    void aFilledContourAloneCanHaveAColorbar() {
        assertThatThrownBy(() -> panel(List.of(), "loss")).hasMessageContaining("heat map or filled contour");
        XYPanel panel = panel(List.of(new FilledContourLayer(PLANE, "viridis", LEVELS)), "loss");
        BufferedImage image = paint(panel);
        // The colorbar's strip, right of the data area, at a quarter and at three quarters of its height.
        int x = findColorbarColumn(image);
        int top = firstInk(image, x);
        int bottom = lastInk(image, x);
        int lower = image.getRGB(x, bottom - (bottom - top) / 8);
        int upper = image.getRGB(x, top + (bottom - top) / 8);
        assertThat(lower).isEqualTo(Colormap.VIRIDIS.argb(FilledContourAnnotation.colourPosition(LEVELS, 0)));
        assertThat(upper).isEqualTo(Colormap.VIRIDIS.argb(FilledContourAnnotation.colourPosition(LEVELS, 3)));
    }

    @Test
    void labelledThreeDLinesGetALegendUnlabelledOnesNone() {
        Line3D labelled = new Line3D("run", V, V, V, LineStyle.solid("#ff0000", 1));
        Line3D unlabelled = new Line3D("", V, V, V, LineStyle.solid("#ff0000", 1));
        BufferedImage with = paint(new SurfacePanel("", PLANE, "viridis", 0.7, "x", "y", "z", -60, 30,
                List.of(labelled)));
        BufferedImage without = paint(new SurfacePanel("", PLANE, "viridis", 0.7, "x", "y", "z", -60, 30,
                List.of(unlabelled)));
        assertThat(ink(with, 0, 0, 80, 40)).isGreaterThan(ink(without, 0, 0, 80, 40) + 50);
    }

    private static XYPanel panel(List<FilledContourLayer> contours, String colorbar) {
        return new XYPanel("", Axis.of("x", 0, 4, 0), Axis.of("y", 0, 4, 0), List.of(), contours, List.of(),
                LegendPlacement.NONE, colorbar, false);
    }

    private static BufferedImage paint(Panel panel) {
        FigureData data = new FigureData("t", "t", "", "", null, Map.of(), Map.of(), Map.of(), Map.of());
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        new FigurePainter(Theme.matplotlibLike()).paint(new Figure(data, new Canvas(400, 300), List.of(panel)), g);
        g.dispose();
        return image;
    }

    /** A column in the right quarter that is coloured (not white, grey or black) over most of its height. */
    private static int findColorbarColumn(BufferedImage image) {
        for (int x = image.getWidth() - 1; x > image.getWidth() * 3 / 4; x--) {
            if (lastInk(image, x) - firstInk(image, x) > image.getHeight() / 2) {
                return x - 3;
            }
        }
        throw new AssertionError("no colorbar");
    }

    private static int firstInk(BufferedImage image, int x) {
        for (int y = 0; y < image.getHeight(); y++) {
            if (coloured(image.getRGB(x, y))) {
                return y;
            }
        }
        return image.getHeight();
    }

    private static int lastInk(BufferedImage image, int x) {
        for (int y = image.getHeight() - 1; y >= 0; y--) {
            if (coloured(image.getRGB(x, y))) {
                return y;
            }
        }
        return -1;
    }

    private static boolean coloured(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40;
    }

    private static int ink(BufferedImage image, int x0, int y0, int w, int h) {
        int count = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                count += (image.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
            }
        }
        return count;
    }

    private static Grid plane() {
        double[][] z = new double[5][5];
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                z[j][i] = i + j;
            }
        }
        return new Grid(V, V, z);
    }
}
