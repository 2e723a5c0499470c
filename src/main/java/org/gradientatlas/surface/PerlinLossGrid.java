package org.gradientatlas.surface;

/** Seed 000's loss grids: the Perlin-noise surface (cell 2) and the quadratic test surface (cell 5). */
public final class PerlinLossGrid {
    private PerlinLossGrid() {
    }

    /** {@code generate_loss_surface}: surface[i][j] = pnoise2(i / scale, j / scale, ...), i, j in 0..n-1. */
    public static double[][] perlin(int n, double scale, PerlinNoise noise) {
        double[][] surface = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                surface[i][j] = noise.at(i / scale, j / scale);
            }
        }
        return surface;
    }

    /** Cell 5: z = x**2 + y**2 on meshgrid(axis, axis), so z[j][i] = axis[i]^2 + axis[j]^2. */
    public static double[][] quadratic(double[] axis) {
        double[][] z = new double[axis.length][axis.length];
        for (int j = 0; j < axis.length; j++) {
            for (int i = 0; i < axis.length; i++) {
                z[j][i] = axis[i] * axis[i] + axis[j] * axis[j];
            }
        }
        return z;
    }

    /** Cell 3's interpolation: the grid over linspace(0, 1, n, endpoint=False) on both axes. */
    public static RegularGridLinear interpolated(double[][] surface) {
        double[] axis = RegularGridLinear.linspaceWithoutEndpoint(0, 1, surface.length);
        return new RegularGridLinear(axis, axis, surface);
    }
}
