package org.gradientatlas.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The states a kill can leave a figure set in, made by hand with a dead process as owner, and what the next start
 * makes of them: a journal is rolled forward, staged files without one are removed, nothing else is touched.
 */
class InterruptedRunsTest {
    private static final List<String> NAMES = List.of("fig.json", "fig.svg", "fig.png", "fig.pdf");

    @TempDir
    Path dir;
    private Owner dead;

    @BeforeEach
    void deadProcess() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        dead = new Owner(process.pid(), null);
        for (String name : NAMES) {
            Files.writeString(dir.resolve(name), "old " + name);
        }
    }

    @Test
    void aSetWrittenWholeLeavesOnlyItsFiles() throws Exception {
        FigureSet.write(dir, "fig", newFiles());
        assertThat(tree()).isEqualTo(expected("new "));
    }

    @Test
    void aSetKilledAfterItsJournalIsCompletedWhateverWasRenamedAlready() throws Exception {
        for (int renamed = 0; renamed <= NAMES.size(); renamed++) {
            SetJournal journal = staged(renamed, true);
            Files.writeString(dir.resolve(".other.svg." + dead.pid() + "-3.tmp"), "another figure's, never committed");
            assertThat(InterruptedRuns.repair(dir)).containsExactly("figure fig in " + dir
                    + ", interrupted while its files were replaced, is now complete");
            assertThat(tree()).as("after %d renames", renamed).isEqualTo(expected("new "));
            assertThat(journal.path(dir)).doesNotExist();
            deadProcess();
        }
    }

    @Test
    void aSetKilledBeforeItsJournalIsRolledBack() throws Exception {
        staged(0, false);
        assertThat(InterruptedRuns.repair(dir)).isEmpty();
        assertThat(tree()).isEqualTo(expected("old "));
    }

    @Test
    void aLiveRunsJournalAndStagedFilesAreLeftAlone() throws Exception {
        dead = Owner.current();
        staged(2, true);
        Map<String, String> before = tree();
        assertThat(InterruptedRuns.repair(dir)).isEmpty();
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void filesThatAreNotOursAreNeverTouched() throws Exception {
        Map<String, String> mine = new TreeMap<>(Map.of(
                "." + "notes.txt." + dead.pid() + "-1.tmp", "not a kind of file we write",
                ".fig.svg." + dead.pid() + "-1.tmp.bak", "not our pattern",
                ".fig." + dead.pid() + ".journal", "my own notes, not a journal",
                ".evil." + dead.pid() + ".journal", "gradient-atlas figure set 1\nid evil\nowner " + dead.pid()
                        + " -\nremove 00 -1 ../outside.txt\n"));
        mine.forEach((name, text) -> write(dir.resolve(name), text));
        Path outside = Files.writeString(dir.resolveSibling("outside.txt"), "outside");
        Map<String, String> before = tree();
        assertThat(InterruptedRuns.repair(dir)).isEmpty();
        assertThat(tree()).isEqualTo(before);
        assertThat(outside).hasContent("outside");
    }

    @Test
    void aRemovalIsCompletedButAFileChangedSinceIsKeptAndReported() throws Exception {
        List<SetJournal.Change> changes = NAMES.stream().map(name -> new SetJournal.Change(false,
                Sha256.of(("old " + name).getBytes(StandardCharsets.UTF_8)), -1, name)).toList();
        SetJournal journal = new SetJournal("fig", dead, changes);
        Files.writeString(journal.path(dir), journal.text());
        Files.delete(dir.resolve("fig.json"));
        Files.writeString(dir.resolve("fig.pdf"), "edited by hand since");
        assertThat(InterruptedRuns.repair(dir)).containsExactly("figure fig in " + dir + ", interrupted while its"
                + " files were replaced, could not be completed (fig.pdf changed since); render it again");
        assertThat(tree()).isEqualTo(Map.of("fig.pdf", "edited by hand since"));
    }

    /** Stages every new file as a run of {@code dead} would, then renames the first {@code renamed} into place. */
    private SetJournal staged(int renamed, boolean journalWritten) throws IOException {
        Map<String, byte[]> files = newFiles();
        List<SetJournal.Change> changes = files.entrySet().stream().map(f -> new SetJournal.Change(true,
                Sha256.of(f.getValue()), 7, f.getKey())).toList();
        SetJournal journal = new SetJournal("fig", dead, changes);
        for (SetJournal.Change change : changes) {
            Files.write(dir.resolve(change.staged(dead)), files.get(change.target()));
        }
        if (journalWritten) {
            Files.writeString(journal.path(dir), journal.text());
        }
        for (SetJournal.Change change : changes.subList(0, renamed)) {
            Files.move(dir.resolve(change.staged(dead)), dir.resolve(change.target()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return journal;
    }

    private static Map<String, byte[]> newFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        NAMES.forEach(name -> files.put(name, ("new " + name).getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static Map<String, String> expected(String version) {
        Map<String, String> tree = new TreeMap<>();
        NAMES.forEach(name -> tree.put(name, version + name));
        return tree;
    }

    private Map<String, String> tree() throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                tree.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return tree;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
