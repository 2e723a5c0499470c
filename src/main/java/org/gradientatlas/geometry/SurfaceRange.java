package org.gradientatlas.geometry;

import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.Line3D;
import org.gradientatlas.figure.SurfacePanel;

/** The data box of a 3-D panel as the 3-D backends frame it: grid extent, and z over surface and lines. */
public final class SurfaceRange {
    private SurfaceRange() {
    }

    /** The data box's smallest corner and its largest: {{xmin, ymin, zmin}, {xmax, ymax, zmax}}. */
    public static double[][] box(SurfacePanel panel) {
        double[] z = of(panel);
        Grid grid = panel.surface();
        return new double[][] {{min(grid.x()), min(grid.y()), z[0]}, {max(grid.x()), max(grid.y()), z[1]}};
    }

    /** The z range of the surface and the lines over it, ignoring non-finite values; widened when empty. */
    public static double[] of(SurfacePanel panel) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        Grid grid = panel.surface();
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < grid.columns(); i++) {
                double z = grid.z(i, j);
                if (Double.isFinite(z)) {
                    lo = Math.min(lo, z);
                    hi = Math.max(hi, z);
                }
            }
        }
        for (Line3D line : panel.lines()) {
            for (double z : line.z()) {
                if (Double.isFinite(z)) {
                    lo = Math.min(lo, z);
                    hi = Math.max(hi, z);
                }
            }
        }
        if (!(lo < hi)) {
            return lo == hi ? new double[] {lo - 0.5, hi + 0.5} : new double[] {0, 1};
        }
        return new double[] {lo, hi};
    }

    public static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    public static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
