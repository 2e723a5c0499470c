package org.gradientatlas.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files that a killed run left beside a target ({@code .<name>.<pid>-<thread>.tmp}, see
 * {@link AtomicFiles}). They are hidden, so no reader takes them for figures; the next write of the same target
 * removes those whose process is gone. A live process's temporary file (another run writing now) is left alone.
 */
final class LeftoverTemps {
    private static final Pattern OWNER = Pattern.compile("\\.(\\d+)-\\d+\\.tmp$");

    private LeftoverTemps() {
    }

    static String name(Path target) {
        return "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId()
                + ".tmp";
    }

    static void removeAbandoned(Path dir, Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, p -> isTemp(p, prefix))) {
            for (Path temp : temps) {
                if (!ownerAlive(temp)) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    private static boolean isTemp(Path p, String prefix) {
        String name = p.getFileName().toString();
        return name.startsWith(prefix) && OWNER.matcher(name.substring(prefix.length() - 1)).matches();
    }

    private static boolean ownerAlive(Path temp) {
        Matcher owner = OWNER.matcher(temp.getFileName().toString());
        if (!owner.find()) {
            return true;
        }
        long pid = Long.parseLong(owner.group(1));
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
