package org.gradientatlas.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a killed run left in an output directory, put right at the start of the next command: each figure set whose
 * journal survives its process is completed (rolled forward: the journal exists only once every new file is
 * staged), then every temporary file of ours whose process is gone is removed (a set without a journal had renamed
 * nothing, so removing its staged files rolls it back). Files, journals and temporary files of live processes are
 * left alone, and so is every file that is not ours.
 */
public final class InterruptedRuns {
    private InterruptedRuns() {
    }

    /** Repairs {@code dir} (nothing when it is not a directory); returns one line per figure set repaired. */
    public static List<String> repair(Path dir) throws IOException {
        List<String> notes = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return notes;
        }
        List<Path> journals;
        try (Stream<Path> listing = Files.list(dir)) {
            journals = listing.filter(SetJournal::isJournal).filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : journals) {
            SetJournal journal = SetJournal.read(file);
            if (journal != null && !journal.owner().alive()) {
                notes.add(rollForward(dir, journal));
                Files.delete(file);
            }
        }
        LeftoverTemps.removeAbandoned(dir);
        return notes;
    }

    private static String rollForward(Path dir, SetJournal journal) throws IOException {
        List<String> lost = new ArrayList<>();
        for (SetJournal.Change change : journal.changes()) {
            Path target = dir.resolve(change.target());
            boolean done = change.put() ? put(dir, journal, change, target) : remove(change, target);
            if (!done) {
                lost.add(change.target());
            }
        }
        String what = "figure " + journal.id() + " in " + dir + ", interrupted while its files were replaced,";
        return lost.isEmpty() ? what + " is now complete"
                : what + " could not be completed (" + String.join(", ", lost) + " changed since); render it again";
    }

    /** Renames the staged file into place; done when the target now has the journal's content. */
    private static boolean put(Path dir, SetJournal journal, SetJournal.Change change, Path target) throws IOException {
        Path staged = dir.resolve(change.staged(journal.owner()));
        if (Files.isRegularFile(staged)) {
            if (Sha256.of(staged).equals(change.sha256())) {
                AtomicFiles.move(staged, target);
                return true;
            }
            Files.delete(staged);
        }
        return Files.isRegularFile(target) && Sha256.of(target).equals(change.sha256());
    }

    /** Removes the target if it is still the file the journal meant; done when it is gone. */
    private static boolean remove(SetJournal.Change change, Path target) throws IOException {
        if (Files.isRegularFile(target) && Sha256.of(target).equals(change.sha256())) {
            Files.delete(target);
        }
        return !Files.exists(target);
    }
}
