package org.gradientatlas.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gradientatlas.output.OutputLocation;

/**
 * The rule for the site's directory, which a build replaces as a whole: it is absent, empty, or a site Gradient
 * Atlas made (it holds {@link #MARKER}); it is never the current directory, the figures directory, or an ancestor
 * or a part of either. Anything else is refused before a file is written.
 */
public final class SiteDirectory {
    /** Written into every site; its presence is what makes a directory ours to replace. */
    public static final String MARKER = ".gradient-atlas-site";
    static final String MARKER_TEXT = "This directory is a site made by Gradient Atlas (gradient-atlas site or build).\n"
            + "The next build replaces it as a whole: keep no files of your own here.\n";
    /** What a site made before the marker existed holds at its top (a site of these names only counts as ours). */
    private static final Set<String> MARKERLESS_SITE = Set.of("index.html", "style.css", "gallery.js", "figures",
            StochasticLandscapePage.DIRECTORY);

    private SiteDirectory() {
    }

    /**
     * The real site directory, or one line naming the option and why not.
     *
     * @param apart other directories of the same run, by what they are ("the figures directory"), that the site
     *              must neither be, nor hold, nor lie inside
     */
    public static Path check(String option, Path given, Map<String, Path> apart) {
        return check(option, given, apart, Path.of(""));
    }

    /** As {@link #check(String, Path, Map)}, with {@code currentDir} taken as the current directory (for tests). */
    public static Path check(String option, Path given, Map<String, Path> apart, Path currentDir) {
        Path site = OutputLocation.directory(option, given);
        String named = option + " " + OutputLocation.shown(given);
        Path here = OutputLocation.of("the current directory", currentDir);
        if (here.startsWith(site)) {
            throw new IllegalArgumentException(named + " is " + (here.equals(site) ? "the current directory"
                    : "an ancestor of the current directory") + ", which the site would replace as a whole; choose"
                    + " a directory of its own, such as site");
        }
        apart.forEach((what, dir) -> {
            Path other = OutputLocation.of(what, dir);
            if (other.startsWith(site) || site.startsWith(other)) {
                throw new IllegalArgumentException(named + " overlaps " + what + " " + dir + "; the site replaces"
                        + " its directory as a whole, so keep them apart (e.g. site and figures side by side)");
            }
        });
        if (Files.isDirectory(site) && !isEmpty(site) && !ours(site)) {
            throw new IllegalArgumentException(named + " is not empty and is not a site Gradient Atlas made (it has"
                    + " no " + MARKER + " file), and the site would replace it as a whole; choose a new or empty"
                    + " directory");
        }
        return site;
    }

    /** A site we made: it holds the marker, or (made before the marker existed) only a site's own names. */
    static boolean ours(Path dir) {
        if (Files.isRegularFile(dir.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            Set<String> names = entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            return names.contains("index.html") && MARKERLESS_SITE.containsAll(names)
                    && Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8).contains("gallery.js");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    static void writeMarker(Path dir) throws IOException {
        Files.writeString(dir.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }
}
