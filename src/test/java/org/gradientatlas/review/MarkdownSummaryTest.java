package org.gradientatlas.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientatlas.review.SummaryChanges.changed;
import static org.gradientatlas.review.SummaryChanges.of;
import static org.gradientatlas.review.SummaryChanges.value;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The Markdown summary read back with a CommonMark + GFM-tables parser, as GitHub reads it. */
class MarkdownSummaryTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static String markdown(List<FigureChange> changes) {
        return MarkdownSummary.write(ReviewSummary.of("git origin/main:figures", "figures", changes, "index.html"));
    }

    @Test
    void oneRowPerChangedAddedOrRemovedFigureWithItsNumbersAndLink() {
        String md = markdown(List.of(
                changed("curve", 1.5, 0.025, value("metrics.loss", "1", "1.5"), value("metrics.steps", "3", "3.25")),
                of("fresh", FigureChange.Kind.ADDED), of("gone", FigureChange.Kind.REMOVED),
                of("same", FigureChange.Kind.UNCHANGED)));
        List<List<String>> rows = rows(md);
        assertThat(rows.get(0)).containsExactly("Figure", "Status", "RMS difference (0–255)", "Changed pixels",
                "Largest metric change", "Review");
        assertThat(rows.get(1)).containsExactly("curve", "changed", "1.500", "2.500%", "loss: 1 → 1.5 (Δ 0.5)", "curve");
        assertThat(rows.get(2)).containsExactly("fresh", "added", "–", "–", "–", "fresh");
        assertThat(rows.get(3)).containsExactly("gone", "removed", "–", "–", "–", "gone");
        assertThat(rows).hasSize(4);
        assertThat(links(md)).containsExactly("index.html", "index.html#figure-curve", "index.html#figure-fresh",
                "index.html#figure-gone");
        assertThat(md).startsWith("### Figure changes: 1 changed, 1 added, 1 removed, 1 unchanged\n");
    }

    @Test
    void pipesAndMarkupInIdsAndValuesStayInsideTheirCell() {
        String id = "a|b*c_d`e[f]<g>&h~i\\j";
        String md = markdown(List.of(changed(id, 0.1, 0.001, value("metrics.x|y", "(none)", "<b>2</b>"))));
        List<List<String>> rows = rows(md);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).hasSize(6);
        assertThat(rows.get(1).get(0)).isEqualTo(id);
        assertThat(rows.get(1).get(4)).isEqualTo("x|y: (none) → <b>2</b>");
        assertThat(rows.get(1).get(5)).isEqualTo(id);
        assertThat(links(md)).contains("index.html#figure-a%7Cb%2Ac_d%60e%5Bf%5D%3Cg%3E%26h~i%5Cj");
    }

    @Test
    void metricChangesReadAsPeopleWriteThem() {
        String md = markdown(List.of(changed("c", 1, 0.5, value("metrics.top", "1", "1.2"))));
        assertThat(rows(md).get(1).get(4)).isEqualTo("top: 1 → 1.2 (Δ 0.2)");
        md = markdown(List.of(changed("c", 1, 0.5, value("metrics.x", "-6.111108093600446E-10", "1.0E-4"))));
        assertThat(rows(md).get(1).get(4)).isEqualTo("x: -6.111108093600446e-10 → 0.0001 (Δ 0.000100001)");
    }

    @Test
    void lineBreaksInTextBecomeSpaces() {
        assertThat(MarkdownSummary.escape("two\nlines\r\n")).isEqualTo("two lines  ");
    }

    @Test
    void nothingChangedSaysSoWithoutATable() {
        String md = markdown(List.of(of("same", FigureChange.Kind.UNCHANGED)));
        assertThat(md).contains("No figure changed.").contains("0 changed, 0 added, 0 removed, 1 unchanged");
        assertThat(rows(md)).isEmpty();
    }

    /** Every table row as its cells' plain text. */
    private static List<List<String>> rows(String md) {
        List<List<String>> rows = new ArrayList<>();
        PARSER.parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(text((TableCell) cell));
                    }
                    rows.add(cells);
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                assertThat(node).isInstanceOf(TableBlock.class);
                visitChildren(node);
            }
        });
        return rows;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }

    private static List<String> links(String md) {
        List<String> links = new ArrayList<>();
        PARSER.parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }
        });
        return links;
    }
}
