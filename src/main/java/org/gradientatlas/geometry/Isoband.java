package org.gradientatlas.geometry;

import java.util.List;

/**
 * Where a grid's interpolated value lies between two levels, as closed rings: outer boundaries counter-clockwise
 * and holes clockwise in data coordinates (x right, y up). Rings never cross, so the non-zero and the even-odd
 * rule fill the same area; they may touch at single points.
 */
public record Isoband(double lower, double upper, List<ContourPath> rings) {

    public Isoband {
        rings = List.copyOf(rings);
    }

    /** Enclosed area in data units: the sum of the rings' signed areas. */
    public double area() {
        return rings.stream().mapToDouble(ContourPath::signedArea).sum();
    }
}
