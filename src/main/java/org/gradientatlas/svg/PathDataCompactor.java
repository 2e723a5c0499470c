package org.gradientatlas.svg;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Path data as relative commands on a 0.01 pt grid ("M197.03 144.05l1.64 3.77") instead of Batik's absolute
 * commands ("M197.03 144.049 L198.668 147.819 ..."), about 40% fewer bytes for the same drawing. Coordinates are
 * rounded as absolute positions first, so relative steps never accumulate rounding error. A shape's data is
 * made straight from its path (as Batik would round it, without writing and parsing Batik's text: a third of
 * the SVG writer's time went there); {@link BatikPathText} rewrites the text Batik writes itself, in clip paths.
 */
final class PathDataCompactor {
    /** Grid of the rounded coordinates: 1/100 pt, about 0.004 mm. */
    private static final double UNITS_PER_POINT = 100;
    /** Batik's path commands by PathIterator segment type (SEG_MOVETO = 0 ... SEG_CLOSE = 4). */
    static final String COMMANDS = "MLQCZ";

    private PathDataCompactor() {
    }

    /**
     * The data of {@code compact(SVGPath.toSVGPathData(shape, context))} at Batik's 4 decimal places, made from
     * the shape's path directly; "" for an empty path.
     */
    static String compact(Shape shape) {
        List<Segment> segments = new ArrayList<>();
        float[] xy = new float[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(xy);
            int count = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                case PathIterator.SEG_QUADTO -> 4;
                case PathIterator.SEG_CUBICTO -> 6;
                default -> 0;
            };
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                values[i] = asBatikWrites(xy[i]);
            }
            segments.add(new Segment(COMMANDS.charAt(type), values));
        }
        return compact(segments);
    }

    /**
     * The number Batik's path text holds for a coordinate: SVGGeneratorContext.doubleString at precision 4 is
     * the integer part from 1e8 on or for whole numbers, else DecimalFormat "#.####" (half-even on the exact
     * value). A float times 10⁴ is exact in a double (24 + 14 bits), so rint rounds it exactly, and the
     * correctly rounded quotient is the double that parsing the decimal text gives.
     */
    static double asBatikWrites(float coordinate) {
        double v = coordinate;
        if (Math.abs(v) >= 1e8 || (int) v == v) {
            return (int) v;
        }
        return Math.rint(v * 1e4) / 1e4;
    }

    static String compact(List<Segment> segments) {
        StringBuilder out = new StringBuilder(16 * segments.size());
        long[] pen = {0, 0};
        long[] start = {0, 0};
        char previous = 0;
        for (Segment segment : segments) {
            char command = segment.command();
            if (command == 'Z') {
                out.append('z');
                pen[0] = start[0];
                pen[1] = start[1];
                previous = 'z';
                continue;
            }
            char axis = command == 'L' && segment.values().length == 2
                    ? appendAxisLine(out, segment.values(), pen, previous) : 0;
            if (axis != 0) {
                previous = axis;
                continue;
            }
            char relative = command == 'M' && out.length() == 0 ? 'M' : Character.toLowerCase(command);
            if (relative != previous || relative == 'm' || relative == 'M') {
                out.append(relative);
            }
            appendCoordinates(out, segment.values(), pen, relative == 'M', relative != previous
                    || relative == 'm' || relative == 'M');
            if (command == 'M') {
                start[0] = pen[0];
                start[1] = pen[1];
            }
            previous = relative == 'M' ? 'm' : relative;
        }
        return out.toString();
    }

    /** A line along an axis as h or v (a disc marker's zero-length line is "h0"); 0 for any other line. */
    private static char appendAxisLine(StringBuilder out, double[] xy, long[] pen, char previous) {
        long dx = Math.round(xy[0] * UNITS_PER_POINT) - pen[0];
        long dy = Math.round(xy[1] * UNITS_PER_POINT) - pen[1];
        if (dx != 0 && dy != 0) {
            return 0;
        }
        char command = dy == 0 ? 'h' : 'v';
        long delta = dy == 0 ? dx : dy;
        if (command != previous) {
            out.append(command);
        } else {
            separate(out, delta);
        }
        out.append(number(delta));
        pen[0] += dx;
        pen[1] += dy;
        return command;
    }

    private static void appendCoordinates(StringBuilder out, double[] values, long[] pen, boolean absolute,
                                          boolean afterCommand) {
        long baseX = pen[0];
        long baseY = pen[1];
        for (int v = 0; v < values.length; v += 2) {
            long x = Math.round(values[v] * UNITS_PER_POINT);
            long y = Math.round(values[v + 1] * UNITS_PER_POINT);
            long dx = absolute ? x : x - baseX;
            long dy = absolute ? y : y - baseY;
            if (v > 0 || !afterCommand) {
                separate(out, dx);
            }
            out.append(number(dx));
            separate(out, dy);
            out.append(number(dy));
            if (v + 2 >= values.length) {
                pen[0] = x;
                pen[1] = y;
            }
        }
    }

    /** A space unless the next number starts with '-' (which separates by itself). */
    private static void separate(StringBuilder out, long next) {
        if (next >= 0) {
            out.append(' ');
        }
    }

    /** Hundredths as the shortest decimal: 150 -> "1.5", -5 -> "-0.05", 0 -> "0". */
    static String number(long hundredths) {
        long abs = Math.abs(hundredths);
        String sign = hundredths < 0 ? "-" : "";
        long whole = abs / 100;
        long fraction = abs % 100;
        if (fraction == 0) {
            return sign + whole;
        }
        String digits = fraction < 10 ? "0" + fraction : Long.toString(fraction);
        if (digits.endsWith("0")) {
            digits = digits.substring(0, 1);
        }
        return sign + whole + "." + digits;
    }

    record Segment(char command, double[] values) {
    }
}
