package org.gradientatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gradientatlas.output.AtomicFiles;
import org.gradientatlas.output.OutputLocation;
import org.gradientatlas.review.DirectoryFigures;
import org.gradientatlas.review.FigureChange;
import org.gradientatlas.review.FigureDiff;
import org.gradientatlas.review.FigureSource;
import org.gradientatlas.review.GitRevisionFigures;
import org.gradientatlas.review.JsonSummary;
import org.gradientatlas.review.MarkdownSummary;
import org.gradientatlas.review.ReviewPage;
import org.gradientatlas.review.ReviewSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff BEFORE AFTER | --git REV}: a review page of what changed between two sets of figures. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Compares two figure directories, or the figures committed at a git revision with the"
                + " working tree's, and writes a self-contained HTML review page (and, if asked, a Markdown and a"
                + " JSON summary).",
            "Exit status: 0 nothing changed, 1 something changed, 2 bad input."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "DIR", description = "BEFORE and AFTER figure directories.")
    List<Path> dirs = List.of();

    @Option(names = "--git", paramLabel = "REV",
            description = "Compare the figures committed at REV (e.g. origin/main, HEAD) with the working tree's"
                + " (default: none; give BEFORE and AFTER instead).")
    String revision;

    @Option(names = "--figures", paramLabel = "DIR",
            description = "The working tree's figures directory, with --git (default: figures/ at the top of the git"
                + " repository holding the current directory, so diff --git works from any subdirectory).")
    Path figures;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/figure-diff",
            description = "Where to write index.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--summary-md", paramLabel = "FILE",
            description = "Also write a Markdown table of the changed, added and removed figures, each linked to"
                + " its section of the review page, e.g. for a pull request's job summary (default: none).")
    Path summaryMarkdown;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the same summary as JSON (docs/review-in-ci.md; default: none).")
    Path summaryJson;

    @Override
    public Integer call() throws IOException {
        Path page = out.resolve("index.html");
        checkPage(page);
        List<SummaryFile> summaries = summaryFiles(page);
        Sides sides = sides();
        List<FigureChange> changes = FigureDiff.compare(sides.before(), sides.after());
        String beforeName = sides.before().describe();
        AtomicFiles.write(page, new ReviewPage().render("Figure changes", beforeName, sides.afterName(), changes));
        for (SummaryFile file : summaries) {
            ReviewSummary summary = ReviewSummary.of(beforeName, sides.afterName(), changes, file.linkTo(page));
            file.write(file.option().equals("--json") ? JsonSummary.write(summary) : MarkdownSummary.write(summary));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(summary(changes) + "; review page: " + page);
        stdout.flush();
        return FigureDiff.anyDifference(changes) ? 1 : 0;
    }

    /** The review page replaces only a review page (a user's index.html is never overwritten). */
    private static void checkPage(Path page) throws IOException {
        Path dir = OutputLocation.directory("--out", page.getParent() == null ? Path.of("") : page.getParent());
        Path file = dir.resolve("index.html");
        if (Files.exists(file)) {
            String head;
            try (var in = Files.newInputStream(file)) {
                head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            }
            // Pages made before the generator line are known by their own style rule.
            if (!head.contains(ReviewPage.GENERATOR) && !head.contains("section.figure { border-top")) {
                throw new IllegalArgumentException("--out " + OutputLocation.shown(page.getParent()) + " holds an"
                        + " index.html that is not a review page; it would be overwritten, so choose another"
                        + " directory");
            }
        }
    }

    /** The two sides, and the after side's name for the page and the summaries. */
    private record Sides(FigureSource before, FigureSource after, String afterName) {
    }

    private Sides sides() throws IOException {
        if (revision != null) {
            if (!dirs.isEmpty()) {
                throw new IllegalArgumentException("give either --git REV or two directories, not both");
            }
            Path dir = new DirectoryFigures(workingTreeFigures().toAbsolutePath().normalize()).dir();
            String folder = GitRevisionFigures.prefix(dir);
            // Named as the repository names it, not where this machine keeps it (CI's /home/runner/work/...).
            return new Sides(new GitRevisionFigures(GitRevisionFigures.topLevel(dir), revision, folder),
                    new DirectoryFigures(dir), "working tree:" + (folder.isEmpty() ? "." : folder));
        }
        if (dirs.size() == 2) {
            DirectoryFigures after = new DirectoryFigures(dirs.get(1));
            return new Sides(new DirectoryFigures(dirs.get(0)), after, after.describe());
        }
        throw new IllegalArgumentException("give two directories (BEFORE AFTER) or --git REV");
    }

    /** The summary files asked for, each checked before any work starts. */
    private List<SummaryFile> summaryFiles(Path page) throws IOException {
        List<SummaryFile> files = new ArrayList<>();
        if (summaryMarkdown != null) {
            files.add(new SummaryFile("--summary-md", summaryMarkdown, MarkdownSummary::wrote).checked());
        }
        if (summaryJson != null) {
            files.add(new SummaryFile("--json", summaryJson, JsonSummary::wrote).checked());
        }
        for (SummaryFile file : files) {
            if (file.sameFile(page)) {
                throw file.bad("is the review page itself; give another file");
            }
        }
        if (files.size() == 2 && files.get(0).sameFile(files.get(1).path())) {
            throw new IllegalArgumentException("--summary-md and --json name the same file " + summaryJson);
        }
        return files;
    }

    /** --figures as given, or figures/ at the top of the git repository that holds the current directory. */
    private Path workingTreeFigures() throws IOException {
        return figures != null ? figures : GitRevisionFigures.topLevel(Path.of("").toAbsolutePath()).resolve("figures");
    }

    static String summary(List<FigureChange> changes) {
        StringBuilder text = new StringBuilder(ReviewSummary.of("", "", changes, "").countsText());
        changes.stream().filter(c -> c.kind() != FigureChange.Kind.UNCHANGED).forEach(c -> text.append("\n  ")
                .append(c.kind().name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(c.id())
                .append(c.image() == null ? "" : String.format(java.util.Locale.ROOT, " (RMS %.3f, %.3f%% of pixels)",
                        c.image().rms(), 100 * c.image().changedShare())));
        return text.toString();
    }
}
