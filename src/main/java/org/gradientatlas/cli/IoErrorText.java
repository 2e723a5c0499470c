package org.gradientatlas.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** One line that says why a file could not be written or read: which path, and what is wrong with it. */
final class IoErrorText {
    private IoErrorText() {
    }

    /** The exception's own message, followed by the reason of the I/O failure under it when that adds anything. */
    static String of(Exception e) {
        IOException cause = deepestIo(e);
        String message = e.getMessage();
        if (cause == null) {
            return message;
        }
        String reason = reason(cause);
        if (cause == e || message == null) {
            return reason;
        }
        String own = ": " + cause.getMessage();
        String context = message.endsWith(own) ? message.substring(0, message.length() - own.length()) : message;
        return context.contains(reason) ? context : context + ": " + reason;
    }

    private static IOException deepestIo(Throwable e) {
        IOException deepest = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException io) {
                deepest = io;
            }
        }
        return deepest;
    }

    private static String reason(IOException e) {
        if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
            return e.getMessage();
        }
        Path file = Path.of(fs.getFile());
        Path blocker = fileInTheWay(e instanceof FileAlreadyExistsException ? file : file.toAbsolutePath().getParent());
        if (blocker != null) {
            return blocker + " is a file, not a directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + file;
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + file;
        }
        return fs.getReason() == null ? file.toString() : file + ": " + fs.getReason().toLowerCase(Locale.ROOT);
    }

    /** The path or an ancestor of it that exists as something other than a directory, if any. */
    private static Path fileInTheWay(Path path) {
        for (Path p = path; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }
}
