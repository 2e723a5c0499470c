package org.gradientatlas.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of every command that renders figures: threads, progress, the cache. */
final class RunOptions {
    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", converter = OptionValues.Threads.class,
            description = "Figures rendered at once; 0 for one per processor (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors. Without it, a terminal shows one"
            + " line per figure with its time and a summary; elsewhere only the summary, without times"
            + " (default: ${DEFAULT-VALUE}).")
    boolean quiet;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/gradient-atlas-cache",
            description = "Where the content-hash cache keeps its manifests; never inside the output directory"
                + " (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--force", description = "Recompute every figure, even those the cache says are up to date"
            + " (default: ${DEFAULT-VALUE}).")
    boolean force;
}
