package org.gradientatlas.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.classes.ClassGraph;
import org.gradientatlas.classes.ClassIndex;
import org.gradientatlas.output.AtomicFiles;
import org.gradientatlas.output.Sha256;
import org.gradientatlas.render.ProgramFingerprint;

/**
 * The site's PNG and thumbnail of each figure, kept by content: {@link FigureImages} are made from the SVG alone, so
 * a figure whose SVG has the bytes an entry was made from, by the same image code, gets that entry's files instead
 * of being rasterized again (the slow part of building the site). An entry's key is a SHA-256 of the SVG, of the
 * classes FigureImages reaches and of everything else the program runs on (libraries, fonts, the Java runtime).
 */
public final class ImageCache {
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}(\\.thumb)?\\.png");

    private final Path dir;
    private final String code;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    ImageCache(Path dir, String code) {
        this.dir = dir;
        this.code = code;
    }

    /** A cache in {@code dir} for the image code of this program. */
    public static ImageCache in(Path dir) {
        try {
            ClassIndex reached = ClassIndex.reachableThrough(ImageCache.class.getClassLoader(),
                    List.of(FigureImages.class.getName()));
            ClassGraph graph = new ClassGraph(reached);
            return new ImageCache(dir, Sha256.of("figure images 1\nclasses " + graph.digest(reached.classes().keySet())
                    + "\nprogram " + ProgramFingerprint.withoutOwnClasses()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the program's classes to key the image cache", e);
        }
    }

    /** The figure's images: from the cache when made before from the same SVG, else made now and kept. */
    FigureImages of(RenderedFigure figure) throws IOException {
        String key = Sha256.of(code + "\n" + Sha256.of(figure.svg()));
        used.add(key);
        Path png = dir.resolve(key + ".png");
        Path thumbnail = dir.resolve(key + ".thumb.png");
        if (Files.isRegularFile(png) && Files.isRegularFile(thumbnail)) {
            try {
                return new FigureImages(Files.readAllBytes(png), Files.readAllBytes(thumbnail));
            } catch (NoSuchFileException e) {
                // another build sharing this cache just removed the entry: make it again
            }
        }
        FigureImages images = FigureImages.of(figure);
        AtomicFiles.write(thumbnail, images.thumbnail());
        AtomicFiles.write(png, images.png()); // last: an entry counts once its PNG is there
        return images;
    }

    /** Removes the entries no figure asked for since this cache was made (only files named as entries are). */
    void forgetUnused() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (ENTRY.matcher(name).matches() && !used.contains(name.substring(0, 64))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
