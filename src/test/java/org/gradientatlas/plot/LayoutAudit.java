package org.gradientatlas.plot;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.ScaledFigure;
import org.gradientatlas.plot.DrawingRecorder.DataMark;
import org.gradientatlas.plot.DrawingRecorder.Drawing;
import org.gradientatlas.plot.DrawingRecorder.TextRun;

/**
 * Checks a figure as drawn ({@link DrawingRecorder}): no text run overlaps another label's, no text is cut by the
 * canvas edge or its clip, no legend covers text outside it or any line or mark drawn as data, every axis draws at
 * least three tick labels, and every title takes at most two lines, none cut short. Returns the problems found.
 */
final class LayoutAudit {
    /** Overlaps and overhangs smaller than this (points of the layout canvas) are anti-aliasing, not layout. */
    static final double SLACK_PT = 0.5;
    static final int MIN_TICK_LABELS = 3;
    static final int MAX_TITLE_LINES = 2;

    private LayoutAudit() {
    }

    static Drawing draw(ScaledFigure scaled) {
        DrawingRecorder recorder = new DrawingRecorder();
        new FigurePainter(Theme.matplotlibLike()).paint(scaled.figure(), recorder);
        return recorder.drawing();
    }

    static List<String> problems(ScaledFigure scaled) {
        Figure figure = scaled.figure();
        return problems(draw(scaled), new Rectangle2D.Double(0, 0, figure.canvas().widthPt(),
                figure.canvas().heightPt()));
    }

    /** The problems of a drawing on a canvas of the given bounds. */
    static List<String> problems(Drawing drawing, Rectangle2D canvas) {
        List<String> problems = new ArrayList<>();
        List<TextRun> texts = drawing.texts;
        for (int i = 0; i < texts.size(); i++) {
            TextRun a = texts.get(i);
            if (!within(a.bounds(), canvas) || (a.clip() != null && !within(a.bounds(), a.clip()))) {
                problems.add("text cut at the edge: '" + a.text() + "' at " + box(a.bounds()));
            }
            for (int j = i + 1; j < texts.size(); j++) {
                TextRun b = texts.get(j);
                if (a.label() != b.label() && overlap(a.bounds(), b.bounds())) {
                    problems.add("text over text: '" + a.text() + "' at " + box(a.bounds()) + " and '" + b.text()
                            + "' at " + box(b.bounds()));
                }
            }
        }
        for (Rectangle2D legend : drawing.legends) {
            legendProblems(legend, drawing, problems);
        }
        for (int count : drawing.tickLabelCounts) {
            if (count < MIN_TICK_LABELS) {
                problems.add("an axis with " + count + " labelled ticks");
            }
        }
        for (List<String> title : drawing.titles) {
            if (title.size() > MAX_TITLE_LINES || title.stream().anyMatch(line -> line.endsWith("..."))) {
                problems.add("title on " + title.size() + " lines: " + title);
            }
        }
        return problems;
    }

    private static void legendProblems(Rectangle2D legend, Drawing drawing, List<String> problems) {
        for (TextRun text : drawing.texts) {
            if (!text.inLegend() && overlap(legend, text.bounds())) {
                problems.add("legend " + box(legend) + " over text '" + text.text() + "'");
            }
        }
        Rectangle2D inner = shrunk(legend);
        int covered = 0;
        DataMark first = null;
        for (DataMark mark : drawing.data) {
            if (covers(inner, mark)) {
                covered++;
                first = first == null ? mark : first;
            }
        }
        if (covered > 0) {
            problems.add("legend " + box(legend) + " over " + covered + " data lines or marks, the first "
                    + (first.segment() != null ? "a segment " + java.util.Arrays.toString(first.segment())
                    : "a mark " + box(first.bounds())));
        }
    }

    /** True if the visible part (within its clip) of a data line or mark lies under the box. */
    private static boolean covers(Rectangle2D box, DataMark mark) {
        Rectangle2D visible = mark.clip() == null ? box : box.createIntersection(mark.clip());
        if (visible.isEmpty()) {
            return false;
        }
        if (mark.segment() != null) {
            double[] s = mark.segment();
            return visible.intersectsLine(new Line2D.Double(s[0], s[1], s[2], s[3]));
        }
        return visible.intersects(mark.bounds());
    }

    static boolean overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D i = a.createIntersection(b);
        return i.getWidth() > SLACK_PT && i.getHeight() > SLACK_PT;
    }

    private static boolean within(Rectangle2D inner, Rectangle2D outer) {
        return inner.getMinX() >= outer.getMinX() - SLACK_PT && inner.getMaxX() <= outer.getMaxX() + SLACK_PT
                && inner.getMinY() >= outer.getMinY() - SLACK_PT && inner.getMaxY() <= outer.getMaxY() + SLACK_PT;
    }

    private static Rectangle2D shrunk(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + SLACK_PT, r.getY() + SLACK_PT, r.getWidth() - 2 * SLACK_PT,
                r.getHeight() - 2 * SLACK_PT);
    }

    private static String box(Rectangle2D r) {
        return String.format(java.util.Locale.ROOT, "[%.1f, %.1f, %.1f x %.1f]", r.getX(), r.getY(), r.getWidth(),
                r.getHeight());
    }
}
