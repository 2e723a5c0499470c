package org.gradientatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A user's files under a directory, by path and SHA-256 (links not followed), to show that none changed. */
final class UserFiles {
    private UserFiles() {
    }

    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String name = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    hashes.put(name, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    hashes.put(name, sha256(Files.readAllBytes(p)));
                }
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A folder of one's own work: files, a non-empty directory, an empty one, a backup of a site, links. */
    static Path workFolder(Path root) throws IOException {
        Path work = Files.createDirectories(root.resolve("work"));
        Files.writeString(work.resolve("thesis.tex"), "\\documentclass{article}\n");
        Files.writeString(work.resolve("notes.md"), "# notes\n");
        Files.createDirectories(work.resolve("mywork/sub"));
        Files.writeString(work.resolve("mywork/thesis.tex"), "chapter 1\n");
        Files.writeString(work.resolve("mywork/sub/data.csv"), "x,y\n1,2\n");
        Files.createDirectories(work.resolve("empty"));
        Files.createDirectories(work.resolve(".site-backup"));
        Files.writeString(work.resolve(".site-backup/index.html"), "my copy of the site\n");
        Files.createSymbolicLink(work.resolve("link-mywork"), work.resolve("mywork"));
        Files.createSymbolicLink(work.resolve("link-here"), work);
        Files.createSymbolicLink(work.resolve("link-notes"), work.resolve("notes.md"));
        Files.createSymbolicLink(work.resolve("dangling"), root.resolve("nowhere"));
        return work;
    }
}
