package org.gradientatlas.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journal of one figure's set of files ({@code .<id>.<pid>.journal} beside them): which staged file replaces
 * which target and which files go, each with the SHA-256 it must have. It is written whole (through a temporary
 * file and a rename) after every new file is staged and before the first one is renamed into place, so while it
 * exists the set can always be completed: it is the set's commit point.
 */
record SetJournal(String id, Owner owner, List<Change> changes) {
    private static final String HEADER = "gradient-atlas figure set 1";
    private static final Pattern NAME = Pattern.compile("\\.(.+)\\.(\\d+)\\.journal");

    /** A target put from the staged file that {@code thread} wrote, or removed ({@code thread} is then -1). */
    record Change(boolean put, String sha256, long thread, String target) {
        String staged(Owner owner) {
            return LeftoverTemps.name(target, owner.pid(), thread);
        }
    }

    SetJournal {
        changes = List.copyOf(changes);
    }

    Path path(Path dir) {
        return dir.resolve("." + id + "." + owner.pid() + ".journal");
    }

    static boolean isJournal(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches();
    }

    String text() {
        StringBuilder text = new StringBuilder(HEADER).append("\nid ").append(id).append("\nowner ")
                .append(owner.pid()).append(' ').append(owner.started() == null ? "-" : owner.started().toEpochMilli());
        for (Change c : changes) {
            text.append('\n').append(c.put() ? "put " : "remove ").append(c.sha256()).append(' ').append(c.thread())
                    .append(' ').append(c.target());
        }
        return text.append('\n').toString();
    }

    /** The journal in {@code file}, or null when it is not one of ours (then it is left alone). */
    static SetJournal read(Path file) throws IOException {
        try {
            return parse(file);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static SetJournal parse(Path file) throws IOException {
        Matcher name = NAME.matcher(file.getFileName().toString());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!name.matches() || lines.size() < 3 || !lines.get(0).equals(HEADER)
                || !lines.get(1).equals("id " + name.group(1)) || !lines.get(2).startsWith("owner " + name.group(2) + " ")) {
            return null;
        }
        String started = lines.get(2).split(" ")[2];
        Owner owner = new Owner(Long.parseLong(name.group(2)),
                started.equals("-") ? null : Instant.ofEpochMilli(Long.parseLong(started)));
        List<Change> changes = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            String[] f = line.split(" ", 4);
            if (f.length != 4 || !(f[0].equals("put") || f[0].equals("remove")) || !plainName(f[3])) {
                return null;
            }
            changes.add(new Change(f[0].equals("put"), f[1], Long.parseLong(f[2]), f[3]));
        }
        return new SetJournal(name.group(1), owner, changes);
    }

    /** A journal can name only files in its own directory. */
    private static boolean plainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }
}
