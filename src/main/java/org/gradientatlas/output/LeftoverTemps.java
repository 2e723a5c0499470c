package org.gradientatlas.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files that a killed run left beside a target ({@code .<name>.<pid>-<thread>.tmp}, see
 * {@link AtomicFiles} and {@link FigureSet}). They are hidden, so no reader takes them for figures; the next write of
 * the same target, and {@link InterruptedRuns#repair} at the start of a command, remove those whose process is gone.
 * A live process's temporary file (another run writing now) is left alone, and so is any name that is not one of
 * ours: only our kinds of file ({@link #OURS}) with an owner's pid.
 */
final class LeftoverTemps {
    private static final Pattern OWNER = Pattern.compile("\\.(\\d+)-(\\d+)\\.tmp$");
    /** The files we write through temporary files: figure files, journals, pages, manifests, benchmark reports. */
    private static final Pattern OURS = Pattern.compile(
            "\\.[^/\\\\]+\\.(svg|png|pdf|json|csv|html|journal|manifest)\\.\\d+-\\d+\\.tmp");

    private LeftoverTemps() {
    }

    static String name(Path target) {
        return name(target.getFileName().toString(), ProcessHandle.current().pid(), Thread.currentThread().getId());
    }

    static String name(String target, long pid, long thread) {
        return "." + target + "." + pid + "-" + thread + ".tmp";
    }

    static void removeAbandoned(Path dir, Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        removeAbandoned(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && OWNER.matcher(name.substring(prefix.length() - 1)).matches();
        });
    }

    /** Removes every temporary file of ours in {@code dir} whose process is gone; returns their names. */
    static List<String> removeAbandoned(Path dir) throws IOException {
        return removeAbandoned(dir, p -> OURS.matcher(p.getFileName().toString()).matches());
    }

    private static List<String> removeAbandoned(Path dir, DirectoryStream.Filter<Path> ours) throws IOException {
        List<String> removed = new ArrayList<>();
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ours)) {
            for (Path temp : temps) {
                if (Files.isRegularFile(temp) && !ownerAlive(temp)) {
                    Files.deleteIfExists(temp);
                    removed.add(temp.getFileName().toString());
                }
            }
        }
        removed.sort(null);
        return removed;
    }

    private static boolean ownerAlive(Path temp) {
        Matcher owner = OWNER.matcher(temp.getFileName().toString());
        if (!owner.find()) {
            return true;
        }
        return Owner.alive(Long.parseLong(owner.group(1)), null);
    }
}
