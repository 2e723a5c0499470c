package org.gradientatlas.figure;

import java.util.List;

/**
 * A 3-D view of a surface z = f(x, y) over a grid, as matplotlib's {@code plot_surface}, with lines drawn over it.
 *
 * @param colormap  a colormap name (see plot.Colormap), applied to z
 * @param alpha     opacity of the surface, 0 to 1
 * @param azimuth   degrees, matplotlib's {@code azim} (default -60)
 * @param elevation degrees, matplotlib's {@code elev} (default 30)
 */
public record SurfacePanel(String title, Grid surface, String colormap, double alpha, String xLabel, String yLabel,
                           String zLabel, double azimuth, double elevation, List<Line3D> lines)
        implements Panel {
    public static final double DEFAULT_AZIMUTH = -60;
    public static final double DEFAULT_ELEVATION = 30;

    public SurfacePanel {
        lines = List.copyOf(lines);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be within [0, 1], got " + Numbers.shortest(alpha));
        }
    }
}
