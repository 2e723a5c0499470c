package org.gradientatlas.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gradientatlas.render.OutputFormat;

/**
 * What one {@link RenderRace} JVM does: rounds of all figures, round r on {@code threads[r % threads.length]}
 * threads, until {@code rounds} or {@code budget} is used up.
 *
 * @param warmUp      start the command line's {@link DrawingWarmUp} just before the first round, as {@code render}
 *                    does (it only has work to do in a fresh JVM)
 * @param loadThreads busy threads competing for the CPU while rendering
 * @param batikOnce   one number formatted through Batik's shared default context before the first round, as a
 *                    test that ran earlier in the same JVM does
 * @param batikUser   a thread formatting numbers through Batik's shared default context throughout, as any other
 *                    Batik user in the same JVM (another test, a host application) would
 * @param stopAtFirst stop after the first round with a difference (to time how soon a race is caught)
 * @param shuffleSeed seeds the order of the figures in each round, so that different pairs overlap
 * @param formats     SVG is compared with figures/; PNG and PDF, which have no golden files, with a first round on
 *                    one thread
 */
record RaceSettings(int[] threads, int rounds, Duration budget, boolean warmUp, int loadThreads, boolean batikOnce,
                    boolean batikUser, boolean stopAtFirst, long shuffleSeed, List<OutputFormat> formats, Path golden,
                    Path keep) {
    private static final Set<String> FLAGS = Set.of("--no-warm-up", "--batik-once", "--batik-user", "--stop-at-first");
    private static final Set<String> OPTIONS = Set.of("--threads", "--rounds", "--seconds", "--load",
            "--shuffle-seed", "--formats", "--golden", "--keep");

    /**
     * {@code [--threads 1,2,...,8] [--rounds 8] [--seconds 600] [--no-warm-up] [--load 0] [--batik-once]
     * [--batik-user] [--stop-at-first] [--shuffle-seed 1] [--formats svg] [--golden figures]
     * [--keep target/render-race]};
     * the golden directory defaults to the system property {@code golden.dir} (set by the build) or figures/.
     */
    static RaceSettings parse(String... args) {
        List<String> given = List.of(args);
        for (int i = 0; i < args.length; i++) {
            if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
                i++;
            } else if (!FLAGS.contains(args[i])) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]
                        + "; options: " + OPTIONS + ", flags: " + FLAGS);
            }
        }
        return new RaceSettings(
                Arrays.stream(value(given, "--threads", "1,2,3,4,5,6,7,8").split(",")).mapToInt(Integer::parseInt)
                        .toArray(),
                Integer.parseInt(value(given, "--rounds", "8")),
                Duration.ofSeconds(Long.parseLong(value(given, "--seconds", "600"))),
                !given.contains("--no-warm-up"),
                Integer.parseInt(value(given, "--load", "0")),
                given.contains("--batik-once"),
                given.contains("--batik-user"),
                given.contains("--stop-at-first"),
                Long.parseLong(value(given, "--shuffle-seed", "1")),
                Arrays.stream(value(given, "--formats", "svg").split(","))
                        .map(f -> OutputFormat.valueOf(f.toUpperCase(Locale.ROOT))).toList(),
                Path.of(value(given, "--golden", System.getProperty("golden.dir", "figures"))),
                Path.of(value(given, "--keep", "target/render-race")));
    }

    private static String value(List<String> args, String option, String otherwise) {
        int at = args.lastIndexOf(option);
        return at < 0 ? otherwise : args.get(at + 1);
    }

    @Override
    public String toString() {
        return "threads " + Arrays.toString(threads) + ", rounds " + rounds + ", budget " + budget.toSeconds()
                + " s, warm-up " + (warmUp ? "during round 1" : "none") + ", load threads " + loadThreads
                + ", Batik used once " + batikOnce + ", other Batik user " + batikUser + ", shuffle seed "
                + shuffleSeed + ", formats " + formats;
    }
}
