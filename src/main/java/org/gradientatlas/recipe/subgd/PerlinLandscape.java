package org.gradientatlas.recipe.subgd;

import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.figure.Series;
import org.gradientatlas.optim.DescentRun;
import org.gradientatlas.surface.PerlinLossGrid;
import org.gradientatlas.surface.PerlinNoise;
import org.gradientatlas.surface.RegularGridLinear;
import org.gradientatlas.recipe.ParameterRange;

/**
 * Seed 000's loss surfaces and what its figures plot of them: the interpolated Perlin-noise or quadratic grid
 * (cells 2 to 5), the surface sampled for plotting, and a run as a data-file series.
 */
public final class PerlinLandscape {
    static final int MAX_GRID = 1000;
    static final int MAX_OCTAVES = 16;

    private PerlinLandscape() {
    }

    /** Cells 2 to 4: the gridSize x gridSize Perlin surface, linearly interpolated over [0, 1) steps. */
    static RegularGridLinear noise(int gridSize, double scale, int octaves, double persistence, double lacunarity,
                                   double repeat, int base) {
        checkGrid(gridSize);
        if (!(scale > 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("scale must be positive and finite, got " + Numbers.shortest(scale));
        }
        if (octaves < 1 || octaves > MAX_OCTAVES) {
            throw new IllegalArgumentException("octaves must be 1 to " + MAX_OCTAVES + ", got " + octaves);
        }
        PerlinNoise noise = new PerlinNoise(octaves, (float) persistence, (float) lacunarity, (float) repeat,
                (float) repeat, base);
        return PerlinLossGrid.interpolated(PerlinLossGrid.perlin(gridSize, scale, noise));
    }

    /**
     * Range checks of the noise and descent parameters the Perlin figures share. Beyond these bounds the
     * float32 noise coordinates overflow (16 octaves of lacunarity 10 already reach 10^16 times the grid).
     */
    static void checkNoise(double scale, double persistence, double lacunarity, double learningRate, double h) {
        ParameterRange.between("scale", scale, 0.01, 1e6);
        ParameterRange.between("persistence", persistence, 0, 10);
        ParameterRange.between("lacunarity", lacunarity, 0, 10);
        ParameterRange.finite("learningRate", learningRate);
        ParameterRange.positive("finiteDifferenceH", h);
    }

    /** Cell 5: x**2 + y**2 on the same axes. */
    static RegularGridLinear quadratic(int gridSize) {
        checkGrid(gridSize);
        return PerlinLossGrid.interpolated(PerlinLossGrid.quadratic(axis(gridSize)));
    }

    /** linspace(0, 1, gridSize, endpoint=False): the grid's axis, whose last value ends the domain. */
    static double[] axis(int gridSize) {
        return RegularGridLinear.linspaceWithoutEndpoint(0, 1, gridSize);
    }

    /** The loss at (x[i], y[j]) as z[j][i], as plot_interp_loss_surface evaluates it on meshgrid(x, y). */
    static Grid sampled(RegularGridLinear loss, double[] x, double[] y) {
        double[][] z = new double[y.length][x.length];
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                z[j][i] = loss.value(x[i], y[j]);
            }
        }
        return new Grid(x, y, z);
    }

    /** A start point must be inside the domain: the seed evaluates the loss there first. */
    static void checkStart(RegularGridLinear loss, int gridSize, double x, double y) {
        if (!loss.contains(x, y)) {
            String end = Numbers.shortest(axis(gridSize)[gridSize - 1]);
            throw new IllegalArgumentException("startX and startY must lie in the loss's domain [0, " + end
                    + "] x [0, " + end + "] (its end set by gridSize), got (" + Numbers.shortest(x) + ", "
                    + Numbers.shortest(y) + ")");
        }
    }

    /** Data-file series: step (updates applied), x, y, loss, one row per recorded step. */
    static Series series(DescentRun run) {
        return series(run.a(), run.b(), run.loss());
    }

    static Series series(double[] x, double[] y, double[] loss) {
        double[] step = new double[x.length];
        for (int k = 0; k < step.length; k++) {
            step[k] = k;
        }
        return Series.builder().column("step", step).column("x", x).column("y", y).column("loss", loss).build();
    }

    private static void checkGrid(int gridSize) {
        if (gridSize < 2 || gridSize > MAX_GRID) {
            throw new IllegalArgumentException("gridSize must be 2 to " + MAX_GRID + ", got " + gridSize);
        }
    }
}
