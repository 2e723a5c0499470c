package org.gradientatlas.geometry;

/** A projected point on the drawing surface, in the backend's units, y downwards. */
public record ScreenPoint(double x, double y) {
}
