package org.gradientatlas.geometry;

import org.gradientatlas.math.AngleUnits;
import org.gradientatlas.math.CorrectlyRoundedCos;
import org.gradientatlas.math.CorrectlyRoundedSin;

/**
 * An orthographic view of a data box, as matplotlib's mplot3d frames it: the box is scaled to aspect 4:4:3,
 * seen from azimuth/elevation, and fitted into a screen rectangle. Depth grows towards the viewer.
 */
public final class View3D {
    /** matplotlib's default box aspect (4, 4, 3), as half-extents. */
    private static final double[] HALF = {1, 1, 0.75};

    public final double[] min;
    public final double[] max;
    private final double[] right;
    private final double[] up;
    private final double[] eye;
    private double scale = 1;
    private double cx;
    private double cy;

    public View3D(double[] min, double[] max, double azimuthDeg, double elevationDeg) {
        this.min = min.clone();
        this.max = max.clone();
        double az = AngleUnits.toRadians(azimuthDeg);
        double el = AngleUnits.toRadians(elevationDeg);
        double ca = CorrectlyRoundedCos.cos(az);
        double sa = CorrectlyRoundedSin.sin(az);
        double ce = CorrectlyRoundedCos.cos(el);
        double se = CorrectlyRoundedSin.sin(el);
        eye = new double[] {ce * ca, ce * sa, se};
        right = new double[] {-sa, ca, 0};
        up = new double[] {-se * ca, -se * sa, ce};
    }

    /** Scales and centres the projected box into the screen rectangle at (x, y), y downwards. */
    public void fit(double x, double y, double width, double height) {
        double uMin = Double.POSITIVE_INFINITY;
        double uMax = Double.NEGATIVE_INFINITY;
        double vMin = Double.POSITIVE_INFINITY;
        double vMax = Double.NEGATIVE_INFINITY;
        for (int corner = 0; corner < 8; corner++) {
            double[] b = box(corner(corner));
            double u = dot(b, right);
            double v = dot(b, up);
            uMin = Math.min(uMin, u);
            uMax = Math.max(uMax, u);
            vMin = Math.min(vMin, v);
            vMax = Math.max(vMax, v);
        }
        scale = Math.min(width / (uMax - uMin), height / (vMax - vMin));
        cx = x + width / 2 - scale * (uMin + uMax) / 2;
        cy = y + height / 2 + scale * (vMin + vMax) / 2;
    }

    /** The screen point of a data point, y downwards. */
    public ScreenPoint screen(double x, double y, double z) {
        double[] b = box(new double[] {x, y, z});
        return new ScreenPoint(cx + scale * dot(b, right), cy - scale * dot(b, up));
    }

    public double depth(double x, double y, double z) {
        return dot(box(new double[] {x, y, z}), eye);
    }

    /** The data-space corner number {@code bits} (bit 0: x max, bit 1: y max, bit 2: z max). */
    public double[] corner(int bits) {
        return new double[] {(bits & 1) == 0 ? min[0] : max[0], (bits & 2) == 0 ? min[1] : max[1],
            (bits & 4) == 0 ? min[2] : max[2]};
    }

    /** The end of axis {@code axis}'s range nearer the viewer. */
    public double near(int axis) {
        return eye[axis] >= 0 ? max[axis] : min[axis];
    }

    public double far(int axis) {
        return eye[axis] >= 0 ? min[axis] : max[axis];
    }

    /** Screen x of a data point, to tell which side of the view it is on. */
    public double rightward(double x, double y, double z) {
        return dot(box(new double[] {x, y, z}), right);
    }

    private double[] box(double[] p) {
        double[] b = new double[3];
        for (int k = 0; k < 3; k++) {
            double span = max[k] - min[k];
            b[k] = span == 0 ? 0 : ((p[k] - min[k]) / span * 2 - 1) * HALF[k];
        }
        return b;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
