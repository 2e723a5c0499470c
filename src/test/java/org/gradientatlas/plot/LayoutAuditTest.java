package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit finds each kind of problem in a drawing made to have it, and none in a clean one. */
class LayoutAuditTest {
    private static final Rectangle2D CANVAS = new Rectangle2D.Double(0, 0, 200, 100);
    private static final Font FONT = FontLibrary.sans(10f);

    @Test
    void aCleanDrawingHasNoProblems() {
        DrawingRecorder g = recorder();
        g.drawString("left", 10f, 20f);
        g.drawString("right", 100f, 20f);
        ticks(g, 3);
        DrawnPart.DATA.during(g, () -> g.draw(new Line2D.Double(10, 90, 190, 90)));
        DrawnPart.LEGEND.during(g, () -> g.fill(new Rectangle2D.Double(150, 30, 40, 20)));
        assertThat(LayoutAudit.problems(g.drawing(), CANVAS)).isEmpty();
    }

    @Test
    void findsTextOverText() {
        DrawingRecorder g = recorder();
        g.drawString("first", 10f, 20f);
        g.drawString("second", 15f, 22f);
        assertThat(LayoutAudit.problems(g.drawing(), CANVAS)).singleElement().asString().startsWith("text over text");
    }

    @Test
    void findsTextCutAtTheEdge() {
        DrawingRecorder g = recorder();
        g.drawString("overhanging", 180f, 20f);
        assertThat(LayoutAudit.problems(g.drawing(), CANVAS)).singleElement().asString()
                .startsWith("text cut at the edge");
    }

    @Test
    void findsALegendOverALineOrAMark() {
        DrawingRecorder g = recorder();
        DrawnPart.DATA.during(g, () -> g.draw(new Line2D.Double(0, 0, 200, 100)));
        DrawnPart.DATA.during(g, () -> g.fill(new Rectangle2D.Double(170, 40, 4, 4)));
        DrawnPart.LEGEND.during(g, () -> g.fill(new Rectangle2D.Double(80, 30, 100, 30)));
        List<String> problems = LayoutAudit.problems(g.drawing(), CANVAS);
        assertThat(problems).singleElement().asString().contains("over 2 data lines or marks");
    }

    @Test
    void findsAnAxisWithTooFewTickLabelsAndATitleOnThreeLines() {
        DrawingRecorder g = recorder();
        ticks(g, 2);
        DrawnPart.TITLE.during(g, () -> {
            g.drawString("a", 10f, 10f);
            g.drawString("b", 10f, 40f);
            g.drawString("c", 10f, 70f);
        });
        assertThat(LayoutAudit.problems(g.drawing(), CANVAS)).containsExactly("an axis with 2 labelled ticks",
                "title on 3 lines: [a, b, c]");
    }

    private static void ticks(DrawingRecorder g, int count) {
        DrawnPart.TICK_LABELS.during(g, () -> {
            for (int k = 0; k < count; k++) {
                g.drawString(Integer.toString(k), 10f + 30 * k, 60f);
            }
        });
    }

    private static DrawingRecorder recorder() {
        DrawingRecorder g = new DrawingRecorder();
        g.setFont(FONT);
        g.setStroke(new BasicStroke(1f));
        return g;
    }
}
