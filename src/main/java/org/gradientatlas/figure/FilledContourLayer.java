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
                throw new IllegalArgumentException("contour levels must increase, got "
                        + Numbers.shortest(levels[k - 1])
                        + " then " + Numbers.shortest(levels[k]));
            }
        }
        levels = levels.clone();
    }

    /**
     * Where band k (between levels k and k + 1) lies on the colormap, as matplotlib 3.6's contourf colours it: the
     * band's middle value normalised over the first to the last level (the ContourSet's norm is autoscaled on its
     * levels, its colours are cmap(norm(layers))).
     */
    public static double colourPosition(double[] levels, int band) {
        double first = levels[0];
        double last = levels[levels.length - 1];
        return ((levels[band] + levels[band + 1]) / 2 - first) / (last - first);
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }
}
