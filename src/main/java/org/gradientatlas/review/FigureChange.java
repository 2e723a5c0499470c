package org.gradientatlas.review;

/**
 * One figure's status between two sides. Image and data comparisons exist only for changed figures
 * (image: when both sides have an SVG; data: when either side has JSON).
 */
public record FigureChange(String id, Kind kind, FigureFiles before, FigureFiles after, ImageComparison image,
                           DataComparison data) {

    public enum Kind { CHANGED, ADDED, REMOVED, UNCHANGED }
}
