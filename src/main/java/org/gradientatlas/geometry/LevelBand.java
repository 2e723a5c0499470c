package org.gradientatlas.geometry;

import org.gradientatlas.text.ShortestDecimal;

/**
 * The value range one trace follows: {@code lower < z <= upper}, or {@code lower <= z <= upper} for matplotlib's
 * lowest filled band. A contour line is the lower boundary of {@code (level, +inf)}. "Above" a level means
 * {@code z > level}, as matplotlib's contour generators classify grid points.
 */
public record LevelBand(double lower, double upper, boolean closedBelow) {
    public static final int LOWER = 0;
    public static final int UPPER = 1;

    public LevelBand {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("band needs lower < upper, got " + ShortestDecimal.text(lower)
                    + " and " + ShortestDecimal.text(upper));
        }
    }

    public static LevelBand above(double level) {
        return new LevelBand(level, Double.POSITIVE_INFINITY, false);
    }

    public double level(int which) {
        return which == LOWER ? lower : upper;
    }

    public boolean above(double z, int which) {
        if (which == LOWER) {
            return closedBelow ? z >= lower : z > lower;
        }
        return z > upper;
    }

    /** 0 below the band, 1 inside, 2 above. */
    public int classify(double z) {
        return (above(z, LOWER) ? 1 : 0) + (above(z, UPPER) ? 1 : 0);
    }
}
