package org.gradientatlas.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Figures in a directory: {@code <id>.svg} and {@code <id>.json}. */
public record DirectoryFigures(Path dir) implements FigureSource {

    public DirectoryFigures {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public SortedSet<String> ids() throws IOException {
        SortedSet<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .filter(name -> name.endsWith(".svg") || name.endsWith(".json"))
                    .forEach(name -> ids.add(name.substring(0, name.lastIndexOf('.'))));
        }
        return ids;
    }

    @Override
    public FigureFiles read(String id) throws IOException {
        return new FigureFiles(id, readIfPresent(dir.resolve(id + ".svg")), readIfPresent(dir.resolve(id + ".json")));
    }

    private static byte[] readIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }
}
