package org.gradientatlas.testselection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.gradientatlas.output.Sha256;

/** One SHA-256 over the files under a directory: each file's relative path ('/'-separated) and bytes, by path. */
final class TreeDigest {
    private TreeDigest() {
    }

    /**
     * @param skipped relative paths (of directories or files) left out with everything under them
     * @return the digest; a missing directory digests as empty
     */
    static String of(Path root, Predicate<String> skipped) throws IOException {
        MessageDigest sha = Sha256.digest();
        for (Map.Entry<String, String> file : files(root, skipped).entrySet()) {
            sha.update((file.getKey() + ' ' + file.getValue() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return Sha256.hex(sha.digest());
    }

    /** Relative path to SHA-256 of every regular file under {@code root} that is not skipped, sorted by path. */
    static Map<String, String> files(Path root, Predicate<String> skipped) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(root) && skipped.test(relative(root, dir))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = relative(root, file);
                if (attributes.isRegularFile() && !skipped.test(name)) {
                    files.put(name, Sha256.of(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
