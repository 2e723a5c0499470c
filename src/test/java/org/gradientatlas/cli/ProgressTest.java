package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter text = new StringWriter();

    private Progress progress(boolean terminal, boolean quiet) {
        return new Progress(new PrintWriter(text, true), terminal, quiet);
    }

    @Test
    void aTerminalGetsALinePerFigureWithItsTimeAndATimedSummary() {
        Progress p = progress(true, false);
        p.rendered("tango-fig1", 1_234_000_000L);
        p.upToDate("steep-optima-surface");
        p.summary(1, 1, "into figures");
        assertThat(text.toString().split("\n")).hasSize(3).satisfies(lines -> {
            assertThat(lines[0]).isEqualTo("  tango-fig1  1.2 s");
            assertThat(lines[1]).isEqualTo("  steep-optima-surface  up to date");
            assertThat(lines[2]).matches("rendered 1 figure in \\d+\\.\\d s \\(1 up to date\\) into figures");
        });
    }

    @Test
    void elsewhereOnlyTheSummaryWithoutTimes() {
        Progress p = progress(false, false);
        p.rendered("tango-fig1", 1_234_000_000L);
        p.summary(12, 0, "into figures");
        assertThat(text.toString()).isEqualTo("rendered 12 figures into figures\n");
    }

    @Test
    void quietIsSilent() {
        Progress p = progress(true, true);
        p.rendered("tango-fig1", 1);
        p.summary(1, 0, "into figures");
        p.note("removed stale x");
        assertThat(text.toString()).isEmpty();
    }
}
