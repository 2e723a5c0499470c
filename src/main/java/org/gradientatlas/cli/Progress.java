package org.gradientatlas.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * What a run tells the user. On a terminal: one line per figure with its time, then a summary with the total
 * time. Elsewhere (a pipe, a log file, Maven): only the summary, without times, so logs stay reproducible.
 * Quiet: nothing.
 */
final class Progress {
    private final PrintWriter out;
    private final boolean terminal;
    private final boolean quiet;
    private final long start = System.nanoTime();

    Progress(PrintWriter out, boolean terminal, boolean quiet) {
        this.out = out;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** For the real command line: a terminal when the JVM has a console. */
    static Progress forConsole(PrintWriter out, boolean quiet) {
        return new Progress(out, System.console() != null, quiet);
    }

    void rendered(String id, long nanos) {
        if (terminal && !quiet) {
            out.println("  " + id + "  " + seconds(nanos));
            out.flush();
        }
    }

    void upToDate(String id) {
        if (terminal && !quiet) {
            out.println("  " + id + "  up to date");
            out.flush();
        }
    }

    void summary(int rendered, int upToDate, String where) {
        if (quiet) {
            return;
        }
        String time = terminal ? " in " + seconds(System.nanoTime() - start) : "";
        String fresh = upToDate > 0 ? " (" + upToDate + " up to date)" : "";
        out.println("rendered " + rendered + (rendered == 1 ? " figure" : " figures") + time + fresh + " " + where);
        out.flush();
    }

    void note(String line) {
        if (!quiet) {
            out.println(line);
            out.flush();
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
