package org.gradientatlas.plot;

import java.awt.geom.Point2D;
import org.gradientatlas.geometry.ScreenPoint;

/** The AWT point of a projected point: Java2D draws what the AWT-free 3-D projection computes. */
final class ScreenPoints {
    private ScreenPoints() {
    }

    static Point2D.Double awt(ScreenPoint p) {
        return new Point2D.Double(p.x(), p.y());
    }
}
