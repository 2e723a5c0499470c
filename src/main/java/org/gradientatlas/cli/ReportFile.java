package org.gradientatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientatlas.output.OutputLocation;

/**
 * A file a command writes at its end (bench --json), checked at its start: a long run must not end in "cannot
 * write". Its directory must be creatable and writable, and the file new or one we wrote before.
 */
final class ReportFile {
    private ReportFile() {
    }

    /**
     * @param ownStart how a file of this kind that we wrote starts, white space aside; an existing file that does not is a user's,
     *                 and is not overwritten
     */
    static void check(String option, Path given, String ownStart) {
        Path file = OutputLocation.of(option, given);
        String named = option + " " + OutputLocation.shown(given);
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(named + " is a directory; give a file name");
        }
        probe(named, file.getParent());
        if (Files.isRegularFile(file) && !startsWith(file, ownStart)) {
            throw new IllegalArgumentException(named + " exists and was not made by Gradient Atlas; it would be"
                    + " overwritten, so give a new file name");
        }
    }

    /** Makes the directory and a file in it (removed at once): permissions alone would not stop root. */
    private static void probe(String named, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".gradient-atlas-probe-", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException(named + " cannot be written: " + (e instanceof IOException io
                    ? IoErrorText.of(io) : e.getMessage()));
        }
    }

    private static boolean startsWith(Path file, String start) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(256), StandardCharsets.UTF_8).replaceAll("\\s", "").startsWith(start);
        } catch (IOException e) {
            return false;
        }
    }
}
