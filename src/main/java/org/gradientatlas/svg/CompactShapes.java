package org.gradientatlas.svg;

import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGShape;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Element;

/**
 * Batik's shape converter, except that a general shape becomes a {@code <path>} whose data {@link
 * PathDataCompactor} writes straight from the shape: the same element Batik's SVGPath makes, already compact.
 */
final class CompactShapes extends SVGShape {
    CompactShapes(SVGGeneratorContext context) {
        super(context);
    }

    @Override
    public Element toSVG(Shape shape) {
        if (shape instanceof Polygon || shape instanceof Rectangle2D || shape instanceof RoundRectangle2D
                || shape instanceof Ellipse2D || shape instanceof Line2D || shape instanceof Arc2D) {
            return super.toSVG(shape);
        }
        String data = PathDataCompactor.compact(shape);
        if (data.isEmpty()) {
            return null; // as SVGPath: nothing to draw, and null keeps it out of the document
        }
        Element path = generatorContext.getDOMFactory().createElementNS(SVGConstants.SVG_NAMESPACE_URI,
                SVGConstants.SVG_PATH_TAG);
        path.setAttributeNS(null, SVGConstants.SVG_D_ATTRIBUTE, data);
        if (shape.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            path.setAttributeNS(null, SVGConstants.SVG_FILL_RULE_ATTRIBUTE, SVGConstants.SVG_EVEN_ODD_VALUE);
        }
        return path;
    }
}
