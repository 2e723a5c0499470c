package org.gradientatlas.render;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gradientatlas.output.Sha256;

/**
 * A hash of the program that makes the figures: every entry of the class path Gradient Atlas runs from (its own
 * classes and resources, the site templates among them, and every library jar: JFreeChart, Batik, OpenPDF, the
 * fonts, ...), including the jars a jar's manifest {@code Class-Path} names, plus the Java runtime's version.
 * Each file counts by its path, CRC-32 and size (read from a jar's central directory, computed for a directory),
 * META-INF aside: target/classes and the jar made of it give the same fingerprint. Any change to the code or a
 * library changes it, so cached figures made by another program are never reused.
 */
public final class ProgramFingerprint {
    private ProgramFingerprint() {
    }

    /** Computed once per run (reading the jars' directories only: tens of milliseconds). */
    public static String current() {
        return Holder.VALUE;
    }

    /**
     * As {@link #current()} but without Gradient Atlas's own classes: the libraries, the resources (templates,
     * fonts, colour maps) and the runtime. With a digest of the classes a step reaches, a key for that step alone.
     */
    public static String withoutOwnClasses() {
        return Holder.WITHOUT_OWN_CLASSES;
    }

    private static final class Holder {
        static final String VALUE = of(classPath(), System.getProperty("java.runtime.version"));
        static final String WITHOUT_OWN_CLASSES = of(classPath(), System.getProperty("java.runtime.version"),
                name -> !(name.startsWith("org/gradientatlas/") && name.endsWith(".class")));
    }

    static String of(List<Path> entries, String runtime) {
        return of(entries, runtime, name -> true);
    }

    /** Over the files whose names {@code counted} accepts. */
    static String of(List<Path> entries, String runtime, Predicate<String> counted) {
        MessageDigest digest = Sha256.digest();
        digest.update(("java " + runtime + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            // Sorted as a whole: the same files in another class path order (java -jar, exec:java) count the same.
            List<String> lines = new ArrayList<>();
            for (Path entry : entries) {
                lines.addAll(Files.isDirectory(entry) ? directoryLines(entry)
                        : Files.isRegularFile(entry) ? jarLines(entry) : List.of());
            }
            lines.sort(null);
            for (String line : lines) {
                if (!counted.test(nameOf(line))) {
                    continue;
                }
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class path to fingerprint the program", e);
        }
        return Sha256.hex(digest.digest());
    }

    /** "name crc size" of every file but the manifest folder's, as a jar of the directory would list them. */
    private static List<String> directoryLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString().replace(File.separatorChar, '/');
                byte[] bytes = Files.readAllBytes(file);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                addLine(lines, name, crc.getValue(), bytes.length);
            }
        }
        return lines;
    }

    /** The jar's entries from its central directory (names, CRC-32s and sizes): no need to inflate anything. */
    private static List<String> jarLines(Path jar) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (!entry.isDirectory()) {
                    addLine(lines, entry.getName(), entry.getCrc(), entry.getSize());
                }
            }
        } catch (java.util.zip.ZipException e) {
            lines.add("file " + Sha256.of(jar)); // not a zip after all: its bytes
        }
        return lines;
    }

    /** The file name of a "name crc size" line (a name may hold spaces). */
    private static String nameOf(String line) {
        int size = line.lastIndexOf(' ');
        int crc = size <= 0 ? -1 : line.lastIndexOf(' ', size - 1);
        return crc < 0 ? line : line.substring(0, crc);
    }

    private static void addLine(List<String> lines, String name, long crc, long size) {
        // META-INF holds the build's manifest and Maven metadata, which differ between target/classes and the jar.
        if (!name.startsWith("META-INF/")) {
            lines.add(name + " " + Long.toHexString(crc) + " " + size);
        }
    }

    /** The class path entries, in order: the class loader's URLs, or java.class.path plus manifest Class-Paths. */
    static List<Path> classPath() {
        Set<Path> entries = new LinkedHashSet<>();
        if (ProgramFingerprint.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                add(entries, toPath(url));
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                add(entries, Path.of(entry));
            }
        }
        return new ArrayList<>(entries);
    }

    private static void add(Set<Path> entries, Path entry) {
        Path absolute = entry.toAbsolutePath().normalize();
        if (!entries.add(absolute) || !Files.isRegularFile(absolute) || !absolute.toString().endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(absolute.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath != null) {
                for (String relative : classPath.trim().split("\\s+")) {
                    add(entries, manifestEntry(absolute, relative));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + absolute, e);
        }
    }

    private static Path manifestEntry(Path jar, String entry) {
        try {
            return toPath(jar.getParent().toUri().resolve(entry).toURL());
        } catch (IOException | IllegalArgumentException e) {
            return jar.resolveSibling(entry);
        }
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(url.getPath());
        }
    }
}
