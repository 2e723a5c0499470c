package org.gradientatlas.figure;

/**
 * A grid drawn as matplotlib's {@code contourf(x, y, z, levels)}: the band between each pair of levels filled
 * with the colormap's colour of the band's middle value (matplotlib's "layers"), the layers spanning the colormap.
 *
 * @param levels increasing band edges, at least two
 */
public record FilledContourLayer(Grid grid, String colormap, double[] levels) {
    public FilledContourLayer {
        if (levels.length < 2) {
            throw new IllegalArgumentException("filled contours need at least 2 levels, got " + levels.length);
        }
        for (int k = 1; k < levels.length; k++) {
            if (!(levels[k] > levels[k - 1])) {
                throw new IllegalArgumentException("contour levels must increase, got " + levels[k - 1] + " then "
                        + levels[k]);
            }
        }
        levels = levels.clone();
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }
}
