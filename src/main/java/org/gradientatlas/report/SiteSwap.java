package org.gradientatlas.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Replaces a directory as a whole: its new content is written into a fresh sibling directory, then swapped in with
 * renames only; the old one is removed after the new one is in place. A failure or a kill before the swap leaves
 * the old directory as it was (and at most a hidden sibling, removed by the next build). Only a directory that
 * {@link SiteDirectory} accepts is replaced, and only hidden siblings named as ours that hold our marker are removed.
 */
final class SiteSwap {
    /** Writes a directory's whole content. */
    interface Content {
        void writeInto(Path dir) throws IOException;
    }

    private SiteSwap() {
    }

    static void replace(Path siteDir, Content content) throws IOException {
        Path target = SiteDirectory.check("the site directory", siteDir, Map.of());
        Files.createDirectories(target.getParent());
        removeLeftovers(target);
        Path staging = Files.createTempDirectory(target.getParent(), prefix(target) + "staging-");
        try {
            SiteDirectory.writeMarker(staging);
            publishable(staging);
            content.writeInto(staging);
            swap(staging, target);
        } finally {
            deleteTree(staging);
        }
    }

    /** createTempDirectory makes the directory private (0700); a published site must be readable by all. */
    private static void publishable(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Names no user picks by chance: a sibling {@code .site-backup} is a user's, never a leftover of ours. */
    private static String prefix(Path target) {
        return "." + target.getFileName() + ".gradient-atlas-";
    }

    /** Staging or old directories that a killed build left beside the site: named as ours and holding a site. */
    private static void removeLeftovers(Path target) throws IOException {
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix(target))
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && SiteDirectory.ours(p)).toList()) {
                deleteTree(p);
            }
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), prefix(target) + "old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
