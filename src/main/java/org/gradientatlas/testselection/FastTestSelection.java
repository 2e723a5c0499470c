package org.gradientatlas.testselection;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gradientatlas.classes.ClassIndex;
import org.gradientatlas.output.AtomicFiles;

/**
 * Runs only the fast tests whose inputs changed since they last passed, as {@code make} would, per test class.
 * Before Surefire, {@link #select} writes Surefire's excludes file: the test classes whose {@link TestFingerprints
 * fingerprint} equals the one recorded when they last passed. After Surefire, {@link #record} keeps the fingerprint
 * (as taken before the run) of each test class whose report shows it passed. A test class without a record (a fresh
 * clone, a new test) always runs. The files live in target/fast-tests.
 */
public final class FastTestSelection {
    /** Surefire's default includes (the POM configures none): Test*, *Test, *Tests, *TestCase, not nested. */
    static final Pattern SUREFIRE_TEST = Pattern.compile("Test[^$]*|[^$]*(Test|Tests|TestCase)");
    static final String CANDIDATES = "candidates.txt";
    static final String PASSED = "passed.txt";
    static final String EXCLUDES = "excludes.txt";
    static final String SELECTION = "selection.properties";

    private final Path work;
    private final PrintStream out;

    /** @param work where the selection keeps its files (target/fast-tests) */
    FastTestSelection(Path work, PrintStream out) {
        this.work = work;
        this.out = out;
    }

    /** {@code select BASEDIR TARGET RUN_ALL} before Surefire, {@code record TARGET} after it. */
    public static void main(String[] args) throws IOException {
        boolean select = args.length == 4 && args[0].equals("select");
        if (!select && !(args.length == 2 && args[0].equals("record"))) {
            throw new IllegalArgumentException("usage: select BASEDIR TARGET RUN_ALL | record TARGET");
        }
        Path target = Path.of(args[select ? 2 : 1]);
        FastTestSelection selection = new FastTestSelection(target.resolve("fast-tests"), System.out);
        if (select) {
            Path testClasses = target.resolve("test-classes");
            selection.select(TestFingerprints.of(Path.of(args[1]), target.resolve("classes"), testClasses),
                    testClasses(testClasses), Boolean.parseBoolean(args[3]));
        } else {
            selection.record(new SurefireReports(target.resolve("surefire-reports")));
        }
    }

    /** Writes the excludes file and whether every test class is up to date; with {@code runAll} none is. */
    void select(TestFingerprints fingerprints, List<String> testClasses, boolean runAll) throws IOException {
        Map<String, String> now = new TreeMap<>();
        for (String testClass : testClasses) {
            if (fingerprints.knows(testClass)) {
                now.put(testClass, fingerprints.of(testClass));
            }
        }
        Map<String, String> passed = runAll ? Map.of() : read(PASSED);
        List<String> upToDate = testClasses.stream().filter(c -> now.containsKey(c) && now.get(c).equals(passed.get(c)))
                .toList();
        Files.createDirectories(work);
        write(CANDIDATES, now); // its time marks the selection: only reports written after it count
        StringBuilder excludes = new StringBuilder();
        upToDate.forEach(c -> excludes.append(c.replace('.', '/')).append(".class\n"));
        AtomicFiles.write(work.resolve(EXCLUDES), excludes.append("**/*$*\n").toString());
        boolean all = !testClasses.isEmpty() && upToDate.size() == testClasses.size();
        AtomicFiles.write(work.resolve(SELECTION), "fastTests.upToDate=" + all + "\n");
        out.println(message(testClasses.size() - upToDate.size(), testClasses.size()));
    }

    /** Records, for each test class selected, its fingerprint if it passed in this run; forgets it if it did not. */
    void record(SurefireReports reports) throws IOException {
        Path candidates = work.resolve(CANDIDATES);
        if (!Files.isRegularFile(candidates)) {
            return;
        }
        long selectedAt = Files.getLastModifiedTime(candidates).toMillis();
        Map<String, String> now = read(CANDIDATES);
        Map<String, String> passed = new TreeMap<>(read(PASSED));
        passed.keySet().retainAll(now.keySet());
        for (Map.Entry<String, String> testClass : now.entrySet()) {
            switch (reports.of(testClass.getKey(), selectedAt)) {
                case PASSED -> passed.put(testClass.getKey(), testClass.getValue());
                case NOT_PASSED -> passed.remove(testClass.getKey());
                case NOT_RUN -> { } // up to date before, or stopped before it ran: its record stands as it was
            }
        }
        write(PASSED, passed);
    }

    static String message(int running, int total) {
        if (running == 0) {
            return "fast tests: up to date (every test class passed with its inputs as they are now); not run again."
                    + " -Dtests.rerun runs them.";
        }
        if (running == total) {
            return "fast tests: running all " + total + " test classes";
        }
        return "fast tests: running " + running + " of " + total + " test classes; the other " + (total - running)
                + " passed with their inputs as they are now (-Dtests.rerun runs all)";
    }

    /** The binary names of the classes under {@code dir} that Surefire runs, sorted. */
    static List<String> testClasses(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> ClassIndex.binaryName(dir.relativize(f).toString()))
                    .filter(name -> SUREFIRE_TEST.matcher(name.substring(name.lastIndexOf('.') + 1)).matches())
                    .sorted().toList();
        }
    }

    private Map<String, String> read(String name) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        Path file = work.resolve(name);
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] classAndFingerprint = line.split(" ", 2);
                if (classAndFingerprint.length == 2) {
                    entries.put(classAndFingerprint[0], classAndFingerprint[1]);
                }
            }
        }
        return entries;
    }

    private void write(String name, Map<String, String> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        entries.forEach((testClass, fingerprint) -> text.append(testClass).append(' ').append(fingerprint).append('\n'));
        AtomicFiles.write(work.resolve(name), text.toString());
    }
}
