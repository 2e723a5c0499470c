package org.gradientatlas.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.gradientatlas.output.AtomicFiles;

/**
 * A file named by one of {@code diff}'s options (--summary-md, --json): checked before any work starts, so that
 * a bad path is one line and exit 2 rather than a failure after the figures were compared.
 */
record SummaryFile(String option, Path path, Predicate<String> madeByDiff) {

    /**
     * Fails with one line when the file cannot be written: a directory, a file that an earlier {@code diff} did
     * not write (never overwritten), or no writable directory to hold it.
     */
    SummaryFile checked() throws IOException {
        Path file = path.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw bad("is a directory; give a file name");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw bad("the file is not writable");
        }
        if (Files.isRegularFile(file) && !madeByDiff.test(start(file))) {
            throw bad("the file exists and was not written by diff; remove it or choose another name");
        }
        Path existing = file.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw bad(existing + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            throw bad("cannot write in " + existing);
        }
        return this;
    }

    /** The file's first kilobyte as text: enough for the writers' own first lines. */
    private static String start(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    IllegalArgumentException bad(String reason) {
        return new IllegalArgumentException(option + " " + path + ": " + reason);
    }

    boolean sameFile(Path other) {
        return path.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }

    /** The page as a relative URL from this file's directory: "index.html", "../figure-diff/index.html". */
    String linkTo(Path page) {
        Path from = path.toAbsolutePath().normalize().getParent();
        String relative = from.relativize(page.toAbsolutePath().normalize()).toString().replace('\\', '/');
        try {
            String url = new URI(null, null, relative, null).toASCIIString();
            // A colon in the first segment would read as a URL scheme.
            return url.contains(":") && !url.startsWith(".") ? "./" + url : url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(option + " " + path + ": no link to " + page + ": " + e.getMessage(), e);
        }
    }

    void write(String content) throws IOException {
        AtomicFiles.write(path, content);
    }
}
