package org.gradientatlas.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;
import java.util.SplittableRandom;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGPath;
import org.apache.batik.util.SVGConstants;
import org.junit.jupiter.api.Test;

class PathDataCompactorTest {

    @Test
    void writesRelativeCommandsOnAHundredthOfAPointGrid() {
        assertThat(BatikPathText.compact("M197.03 144.049 L198.668 147.819 L200.307 151.984 Z"))
                .isEqualTo("M197.03 144.05l1.64 3.77 1.64 4.16z");
    }

    @Test
    void curvesAndSubpathsStayExactOnTheGrid() {
        assertThat(BatikPathText.compact("M0 0 L1 1 Z M10 10 Q11 12 13 10 C14 9 15 9 16 10 Z"))
                .isEqualTo("M0 0l1 1zm10 10q1 2 3 0c1-1 2-1 3 0z");
    }

    @Test
    void roundingNeverAccumulates() {
        StringBuilder d = new StringBuilder("M0 0");
        for (int i = 1; i <= 1000; i++) {
            d.append(" L").append(i * 0.0049).append(' ').append(0);
        }
        String compact = BatikPathText.compact(d.toString());
        // the last point rounds to 4.9 exactly; summing rounded steps of 0.0049 would give 0
        double sum = 0;
        for (String step : compact.substring(compact.indexOf('h') + 1).trim().split(" ")) {
            sum += Double.parseDouble(step);
        }
        assertThat(sum).isEqualTo(4.9, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void linesAlongAnAxisBecomeHAndV() {
        // The zero-length lines of disc markers (round caps) become "h0".
        assertThat(BatikPathText.compact("M1 1 L1 1 M5 1 L5 1 L5 3 L7 3 L8 4"))
                .isEqualTo("M1 1h0m4 0h0v2h2l1 1");
    }

    @Test
    void numbersAreShort() {
        assertThat(PathDataCompactor.number(150)).isEqualTo("1.5");
        assertThat(PathDataCompactor.number(-5)).isEqualTo("-0.05");
        assertThat(PathDataCompactor.number(0)).isEqualTo("0");
        assertThat(PathDataCompactor.number(-1200)).isEqualTo("-12");
    }

    private static SVGGeneratorContext batikAtPrecision4() {
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(GenericDOMImplementation.getDOMImplementation()
                .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null));
        context.setPrecision(4);
        return context;
    }

    @Test
    void roundsEachCoordinateAsBatiksTextReadsBack() {
        SVGGeneratorContext batik = batikAtPrecision4();
        SplittableRandom random = new SplittableRandom(20261201);
        float[] special = {0, -0f, 1 / 32f, -1 / 32f, 0.00005f, -0.00005f, 0.03125f, 2.675f, 1.005f, 99999.99f,
            1e8f, -1e8f, 3e9f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE};
        for (int i = 0; i < 200_000 + special.length; i++) {
            float f = i < special.length ? special[i]
                    // coordinates on and near the ties of both roundings, and anywhere on a page
                    : i % 3 == 0 ? (float) ((random.nextInt(2_000_000) + 0.5) / 1e4)
                    : i % 3 == 1 ? (float) ((random.nextInt(200_000) + 0.5) / 100 - 1000)
                    : (float) random.nextDouble(-2000, 2000);
            double fromText = Double.parseDouble(batik.doubleString(f));
            assertThat(Double.doubleToLongBits(PathDataCompactor.asBatikWrites(f))).as("float %s", f)
                    .isEqualTo(Double.doubleToLongBits(fromText));
        }
    }

    @Test
    void shapeDataEqualsBatiksTextCompacted() {
        SVGGeneratorContext batik = batikAtPrecision4();
        SplittableRandom random = new SplittableRandom(7);
        for (int shape = 0; shape < 500; shape++) {
            Path2D.Double path = new Path2D.Double(shape % 2 == 0 ? Path2D.WIND_NON_ZERO : Path2D.WIND_EVEN_ODD);
            path.moveTo(random.nextDouble(500), random.nextDouble(500));
            for (int segment = 0; segment < 20; segment++) {
                double[] p = random.doubles(6, -10, 510).toArray();
                switch (random.nextInt(5)) {
                    case 0 -> path.lineTo(p[0], p[1]);
                    case 1 -> path.quadTo(p[0], p[1], p[2], p[3]);
                    case 2 -> path.curveTo(p[0], p[1], p[2], p[3], p[4], p[5]);
                    case 3 -> path.lineTo(Math.rint(p[0] * 100) / 100, path.getCurrentPoint().getY());
                    default -> {
                        path.closePath();
                        path.moveTo(p[0], p[1]);
                    }
                }
            }
            assertThat(PathDataCompactor.compact(path))
                    .isEqualTo(BatikPathText.compact(SVGPath.toSVGPathData(path, batik)));
        }
        assertThat(PathDataCompactor.compact(new Path2D.Double())).isEmpty();
    }
}
