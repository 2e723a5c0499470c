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
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A hash of the program that makes the figures: every entry of the class path Gradient Atlas runs from (its own
 * classes and resources, the site templates among them, and every library jar: JFreeChart, Batik, OpenPDF, the
 * fonts, ...), including the jars a jar's manifest {@code Class-Path} names, plus the Java runtime's version.
 * Directories count with every file's path and bytes, jars with their bytes. Any change to the code or a
 * library changes it, so cached figures made by another program are never reused.
 */
public final class ProgramFingerprint {
    private ProgramFingerprint() {
    }

    /** Computed once per run (some 20 MB of jars: well under a second). */
    public static String current() {
        return Holder.VALUE;
    }

    private static final class Holder {
        static final String VALUE = of(classPath(), System.getProperty("java.runtime.version"));
    }

    static String of(List<Path> entries, String runtime) {
        MessageDigest digest = FileHashes.sha256();
        digest.update(("java " + runtime + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            for (Path entry : entries) {
                digest.update(("entry " + entry.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                if (Files.isDirectory(entry)) {
                    updateWithDirectory(digest, entry);
                } else if (Files.isRegularFile(entry)) {
                    FileHashes.update(digest, entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class path to fingerprint the program", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void updateWithDirectory(MessageDigest digest, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(("file " + dir.relativize(file).toString().replace(File.separatorChar, '/') + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            FileHashes.update(digest, file);
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
