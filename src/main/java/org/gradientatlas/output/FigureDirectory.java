package org.gradientatlas.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rule for a directory that figures are written into ({@code render --out}, {@code build --figures}): it is
 * absent, empty, or already holds figures Gradient Atlas made; and every file about to be replaced is one of
 * ours. Anything else is refused before a file is written, so a user's own files are never overwritten.
 */
public final class FigureDirectory {
    private FigureDirectory() {
    }

    /** The real directory to write {@code fileNames} into, or one line naming the option and what is in the way. */
    public static Path check(String option, Path given, Collection<String> fileNames) {
        Path dir = OutputLocation.directory(option, given);
        if (!Files.isDirectory(dir)) {
            return dir;
        }
        List<Path> entries = entries(dir);
        if (!entries.isEmpty() && entries.stream().noneMatch(OwnFiles::figureFile)) {
            throw new IllegalArgumentException(option + " " + OutputLocation.shown(given) + " holds files that"
                    + " Gradient Atlas did not make (" + names(entries) + ") and none of its figures; choose a new"
                    + " or empty directory");
        }
        for (String name : fileNames) {
            Path file = dir.resolve(name);
            if (Files.exists(file) && !OwnFiles.figureFile(file)) {
                throw new IllegalArgumentException(option + " " + OutputLocation.shown(given) + ": " + name
                        + " there was not made by Gradient Atlas and would be overwritten; move it or choose"
                        + " another directory");
            }
        }
        return dir;
    }

    /**
     * The directory's visible entries: hidden ones (.gitkeep, .DS_Store, .git, our temporary files) are never
     * written over, since every figure file's name is an id, so they do not make a directory someone else's.
     */
    private static List<Path> entries(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    private static String names(List<Path> entries) {
        List<String> names = entries.stream().limit(3).map(p -> p.getFileName().toString()).toList();
        return String.join(", ", names) + (entries.size() > names.size() ? ", ..." : "");
    }
}
