package org.gradientatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import org.gradientatlas.output.AtomicFiles;
import org.gradientatlas.output.OutputLocation;
import org.gradientatlas.review.DirectoryFigures;
import org.gradientatlas.review.FigureChange;
import org.gradientatlas.review.FigureDiff;
import org.gradientatlas.review.FigureSource;
import org.gradientatlas.review.GitRevisionFigures;
import org.gradientatlas.review.ReviewPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff BEFORE AFTER | --git REV}: a review page of what changed between two sets of figures. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Compares two figure directories, or the figures committed at a git revision with the"
                + " working tree's, and writes a self-contained HTML review page.",
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

    @Option(names = "--figures", paramLabel = "DIR", defaultValue = "figures",
            description = "The working tree's figures directory, with --git (default: ${DEFAULT-VALUE}).")
    Path figures;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/figure-diff",
            description = "Where to write index.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        checkPage(out.resolve("index.html"));
        FigureSource before;
        FigureSource after;
        if (revision != null) {
            if (!dirs.isEmpty()) {
                throw new IllegalArgumentException("give either --git REV or two directories, not both");
            }
            Path dir = figures.toAbsolutePath().normalize();
            Path top = GitRevisionFigures.topLevel(new DirectoryFigures(dir).dir());
            before = new GitRevisionFigures(top, revision, top.relativize(dir).toString());
            after = new DirectoryFigures(dir);
        } else if (dirs.size() == 2) {
            before = new DirectoryFigures(dirs.get(0));
            after = new DirectoryFigures(dirs.get(1));
        } else {
            throw new IllegalArgumentException("give two directories (BEFORE AFTER) or --git REV");
        }
        List<FigureChange> changes = FigureDiff.compare(before, after);
        Path page = out.resolve("index.html");
        AtomicFiles.write(page, new ReviewPage().render("Figure changes", before.describe(), after.describe(), changes));
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

    static String summary(List<FigureChange> changes) {
        Map<FigureChange.Kind, Integer> counts = new TreeMap<>();
        for (FigureChange.Kind kind : FigureChange.Kind.values()) {
            counts.put(kind, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, n) -> text.append(text.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(kind.name().toLowerCase(java.util.Locale.ROOT)));
        changes.stream().filter(c -> c.kind() != FigureChange.Kind.UNCHANGED).forEach(c -> text.append("\n  ")
                .append(c.kind().name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(c.id())
                .append(c.image() == null ? "" : String.format(java.util.Locale.ROOT, " (RMS %.3f, %.3f%% of pixels)",
                        c.image().rms(), 100 * c.image().changedShare())));
        return text.toString();
    }
}
