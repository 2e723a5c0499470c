package org.gradientatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.gradientatlas.preview.Preview;
import org.gradientatlas.preview.PreviewOptions;
import org.gradientatlas.report.BuildProvenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code preview}: the site, served on 127.0.0.1 and rebuilt live as recipes are recompiled or templates edited.
 */
@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Builds the site into a directory of its own, serves it on 127.0.0.1 and keeps it live:"
            + " when compiled classes or templates change, re-renders the figures they affect and reloads the open"
            + " pages. Leaves figures/ alone unless --write-figures. Ctrl-C stops it."})
final class PreviewCommand implements Runnable {
    private static final String MARKER = ".gradient-atlas-preview";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", converter = OptionValues.Port.class,
            description = "Port on 127.0.0.1; 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--classes", paramLabel = "DIR", defaultValue = "target/classes",
            description = "Compiled classes to watch, as an IDE or mvn compile writes them (default: ${DEFAULT-VALUE}).")
    Path classes;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Site templates to read and watch; when missing, the jar's are used (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the previewed site is written: a new or empty"
            + " directory, or one an earlier preview made (default: a new temporary directory, removed on exit).")
    Path out;

    @Option(names = "--write-figures", description = "Also write every good figure's SVG and JSON into --figures, as"
            + " render does (default: ${DEFAULT-VALUE}).")
    boolean writeFigures;

    @Option(names = "--figures", paramLabel = "DIR", defaultValue = "figures",
            description = "Figures directory for --write-figures (default: ${DEFAULT-VALUE}).")
    Path figures;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", converter = OptionValues.Threads.class,
            description = "Figures rendered at once; 0 for one per processor (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public void run() {
        PrintStream stdout = System.out;
        Path site = siteDirectory();
        // Registered before the first build, so that Ctrl-C during it cleans up too.
        AtomicReference<Preview> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop(running.get(), site);
            stdout.println("preview: stopped");
            stopped.countDown();
        }, "preview-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Preview preview = start(site, stdout, hook);
        running.set(preview);
        stdout.println("Preview of the site at " + preview.address() + " (written to " + site + ")");
        stdout.println("Watching " + classes + (Files.isDirectory(templates) ? " and " + templates : "")
                + "; Ctrl-C stops it.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Preview start(Path site, PrintStream stdout, Thread hook) {
        // The preview shows classes as they are being edited, not a commit: its pages say the commit is unknown.
        BuildProvenance provenance = new BuildProvenance(BuildProvenance.projectVersion(), BuildProvenance.UNKNOWN);
        PreviewOptions options = new PreviewOptions(classes, Files.isDirectory(templates) ? templates : null, site,
                writeFigures ? figures : null, port, threads == 0 ? Runtime.getRuntime().availableProcessors() : threads,
                provenance.version(), provenance.commit());
        try {
            return Preview.start(options, stdout);
        } catch (IOException | RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            removeIfTemporary(site);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot start the preview: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** A fresh temporary directory, or --out when it is new, empty or an earlier preview's. */
    private Path siteDirectory() {
        try {
            if (out == null) {
                return Files.createTempDirectory("gradient-atlas-preview-");
            }
            if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
                throw new IllegalArgumentException("--out " + out + " holds files an earlier preview did not make;"
                        + " choose a new or empty directory");
            }
            Files.createDirectories(out);
            Files.writeString(out.resolve(MARKER), "written by gradient-atlas preview\n");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the preview's directory: " + e.getMessage(), e);
        }
    }

    private void stop(Preview preview, Path site) {
        try {
            if (preview != null) {
                preview.close();
            }
        } catch (IOException e) {
            System.err.println("preview: " + e.getMessage());
        }
        removeIfTemporary(site);
    }

    private void removeIfTemporary(Path site) {
        if (out != null) {
            return;
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("preview: could not remove " + site + ": " + e.getMessage());
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
