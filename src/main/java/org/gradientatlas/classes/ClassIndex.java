package org.gradientatlas.classes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gradientatlas.output.Sha256;

/**
 * The project's class files in a classes directory as one consistent snapshot: each class's bytes, their SHA-256
 * and the project classes it names. A rescan reuses what it read before for files whose size and time are unchanged.
 */
public final class ClassIndex {
    /**
     * One class file as read.
     *
     * @param references the project classes it names, or null when it is not (yet) a whole class file
     */
    public record ClassFile(long modified, long size, byte[] bytes, String sha256, Set<String> references) {
    }

    private final Path dir;
    private final Map<String, ClassFile> classes;

    private ClassIndex(Path dir, Map<String, ClassFile> classes) {
        this.dir = dir;
        this.classes = Collections.unmodifiableMap(classes);
    }

    public static ClassIndex empty(Path dir) {
        return new ClassIndex(dir, new TreeMap<>());
    }

    /** The directory as it is now; entries of files whose size and time did not change are reused. */
    public ClassIndex rescan() throws IOException {
        Map<String, ClassFile> now = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return new ClassIndex(dir, now);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = binaryName(dir.relativize(file).toString());
                if (!name.startsWith("org.gradientatlas.")) {
                    continue;
                }
                ClassFile entry = read(file, classes.get(name));
                if (entry != null) {
                    now.put(name, entry);
                }
            }
        }
        return new ClassIndex(dir, now);
    }

    private static ClassFile read(Path file, ClassFile before) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = attributes.lastModifiedTime().toMillis();
            if (before != null && before.modified() == modified && before.size() == attributes.size()) {
                return before;
            }
            byte[] bytes = Files.readAllBytes(file);
            Set<String> references;
            try {
                references = ClassReferences.of(bytes);
            } catch (IllegalArgumentException e) {
                references = null; // still being written
            }
            return new ClassFile(modified, bytes.length, bytes, Sha256.of(bytes), references);
        } catch (NoSuchFileException e) {
            return null; // deleted while scanning
        }
    }

    /**
     * The project classes reachable from {@code roots}, read through {@code loader} (from a jar or a directory
     * alike), as a snapshot for reading only.
     */
    public static ClassIndex reachableThrough(ClassLoader loader, Collection<String> roots) throws IOException {
        Map<String, ClassFile> found = new TreeMap<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (found.containsKey(name)) {
                continue;
            }
            try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in != null) {
                    byte[] bytes = in.readAllBytes();
                    Set<String> references = ClassReferences.of(bytes);
                    found.put(name, new ClassFile(0, bytes.length, bytes, Sha256.of(bytes), references));
                    todo.addAll(references);
                }
            }
        }
        return new ClassIndex(null, found);
    }

    /**
     * This snapshot and {@code later} as one class path, for reading only (a rescan sees this directory alone):
     * where both hold a class, this one's copy counts, as the first class path entry wins.
     */
    public ClassIndex before(ClassIndex later) {
        Map<String, ClassFile> both = new TreeMap<>(later.classes);
        both.putAll(classes);
        return new ClassIndex(dir, both);
    }

    public static String binaryName(String relativePath) {
        String path = relativePath.replace('\\', '/');
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    public Path dir() {
        return dir;
    }

    /** Binary name to class file, sorted by name. */
    public Map<String, ClassFile> classes() {
        return classes;
    }

    /** Binary name to the SHA-256 of its bytes. */
    public Map<String, String> shas() {
        Map<String, String> shas = new TreeMap<>();
        classes.forEach((name, file) -> shas.put(name, file.sha256()));
        return shas;
    }

    /**
     * Binary name to the SHA-256 of the bytes {@code loader} finds for it (the running program's own classes), or
     * null where it finds none.
     */
    public Map<String, String> shasAsLoadedBy(ClassLoader loader) throws IOException {
        Map<String, String> shas = new TreeMap<>();
        for (String name : classes.keySet()) {
            try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
                shas.put(name, in == null ? null : Sha256.of(in.readAllBytes()));
            }
        }
        return shas;
    }

    /** Whether every class file was whole when read (a compiler may be writing one). */
    public boolean complete() {
        return classes.values().stream().allMatch(file -> file.references() != null);
    }

    /** Whether the two snapshots hold the same bytes for every class. */
    public boolean sameAs(ClassIndex other) {
        if (!classes.keySet().equals(other.classes.keySet())) {
            return false;
        }
        return classes.entrySet().stream()
                .allMatch(e -> e.getValue().sha256().equals(other.classes.get(e.getKey()).sha256()));
    }
}
