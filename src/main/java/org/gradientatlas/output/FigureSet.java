package org.gradientatlas.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One figure's files, changed together. The new files are staged as hidden temporary files beside their targets,
 * then a {@link SetJournal} naming the whole set is written, then each file is renamed into place (each rename
 * atomic) and the journal is removed. A run killed before the journal exists changed no visible file; one killed
 * after it is completed by {@link InterruptedRuns#repair} at the start of the next command.
 */
public final class FigureSet {
    private FigureSet() {
    }

    /** Writes {@code files} (file name → bytes, in the order given) into {@code dir} as one set. */
    public static void write(Path dir, String id, Map<String, byte[]> files) throws IOException {
        Map<String, String> sha256 = new LinkedHashMap<>();
        files.forEach((name, bytes) -> sha256.put(name, Sha256.of(bytes)));
        write(dir, id, files, sha256);
    }

    /** Writes {@code files} (file name → bytes, with their SHA-256 by file name) into {@code dir} as one set. */
    public static void write(Path dir, String id, Map<String, byte[]> files, Map<String, String> sha256)
            throws IOException {
        Files.createDirectories(dir);
        Owner owner = Owner.current();
        long thread = Thread.currentThread().getId();
        List<SetJournal.Change> changes = new ArrayList<>();
        List<Path> staged = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = OutputPaths.inside(dir, file.getKey());
                LeftoverTemps.removeAbandoned(dir, target);
                SetJournal.Change change = new SetJournal.Change(true, sha256.get(file.getKey()), thread, file.getKey());
                staged.add(Files.write(dir.resolve(change.staged(owner)), file.getValue()));
                changes.add(change);
            }
        } catch (IOException | RuntimeException e) {
            for (Path temp : staged) {
                Files.deleteIfExists(temp);
            }
            throw e;
        }
        // From here the staged files belong to the journal: a failure leaves them for the next command to complete.
        commit(dir, new SetJournal(id, owner, changes));
    }

    /** Removes {@code files} of figure {@code id} from {@code dir} as one set. */
    public static void remove(Path dir, String id, List<Path> files) throws IOException {
        List<SetJournal.Change> changes = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            changes.add(new SetJournal.Change(false, Sha256.of(OutputPaths.inside(dir, name)), -1, name));
        }
        commit(dir, new SetJournal(id, Owner.current(), changes));
    }

    /** Writes the journal (the commit point), carries every change out, then removes the journal. */
    private static void commit(Path dir, SetJournal journal) throws IOException {
        Path path = journal.path(dir);
        AtomicFiles.write(path, journal.text());
        for (SetJournal.Change change : journal.changes()) {
            Path target = dir.resolve(change.target());
            if (change.put()) {
                AtomicFiles.move(dir.resolve(change.staged(journal.owner())), target);
            } else {
                Files.deleteIfExists(target);
            }
        }
        Files.delete(path);
    }
}
