package org.gradientatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gradientatlas.render.FigureOutputs;

/**
 * The golden files of figures/, read once, and what a rendered file differs from them in: the number of differing
 * bytes, and the first differing element (SVG) or line (JSON) of both, with the element before it for context.
 */
final class GoldenBytes {
    private final Map<String, byte[]> golden = new HashMap<>();
    private final Path keep;

    GoldenBytes(Path dir, List<String> ids, Path keep) {
        this.keep = keep;
        for (String id : ids) {
            for (String name : List.of(id + ".svg", id + ".json")) {
                try {
                    golden.put(name, Files.readAllBytes(dir.resolve(name)));
                } catch (IOException e) {
                    throw new UncheckedIOException("no golden file " + dir.resolve(name)
                            + "; run from the project directory or pass --golden DIR", e);
                }
            }
        }
    }

    /** Files without a golden file in figures/ (PNG, PDF) compare with these, from a one-thread round. */
    void addReferences(List<FigureOutputs> outputs) {
        outputs.forEach(figure -> figure.files().forEach(golden::putIfAbsent));
    }

    /** A file that is not its golden file's bytes. */
    record Difference(String name, long differingBytes, String firstElement, Path kept) {
        @Override
        public String toString() {
            return name + ": " + differingBytes + " differing bytes, kept in " + kept + "\n" + firstElement;
        }
    }

    /** The differences of one figure's files, each kept (actual and golden side by side) under {@code label}. */
    List<Difference> compare(FigureOutputs outputs, String label) {
        return outputs.files().entrySet().stream()
                .filter(file -> !java.util.Arrays.equals(file.getValue(), golden(file.getKey())))
                .map(file -> difference(file.getKey(), golden(file.getKey()), file.getValue(), label))
                .toList();
    }

    private byte[] golden(String name) {
        byte[] bytes = golden.get(name);
        if (bytes == null) {
            throw new IllegalStateException("no golden file for " + name + "; PNG and PDF need a reference round");
        }
        return bytes;
    }

    private Difference difference(String name, byte[] expected, byte[] actual, String label) {
        Path dir = keep.resolve(label);
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), actual);
            Files.write(dir.resolve("golden-" + name), expected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the differing " + name + " in " + dir, e);
        }
        return new Difference(name, differingBytes(expected, actual), firstElement(expected, actual),
                dir.toAbsolutePath());
    }

    /** Positions where the files differ, a byte present in only one of them counting as differing. */
    static long differingBytes(byte[] a, byte[] b) {
        long count = Math.abs(a.length - b.length);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                count++;
            }
        }
        return count;
    }

    /** Where the files part: the byte offset and, from each file, the element that holds it and the one before. */
    static String firstElement(byte[] expected, byte[] actual) {
        int at = java.util.Arrays.mismatch(expected, actual);
        if (at < 0) {
            return "identical";
        }
        return "first difference at byte " + at + " of " + expected.length + " (golden) / " + actual.length
                + " (rendered)\n  golden:   " + around(expected, at) + "\n  rendered: " + around(actual, at);
    }

    /**
     * The element (from the '<' before the previous one to the next '>') or JSON line holding byte {@code at}; in a
     * PNG or PDF, the 32 bytes around it in hex.
     */
    private static String around(byte[] bytes, int at) {
        if (bytes.length == 0 || (bytes[0] != '<' && bytes[0] != '{' && bytes[0] != '[')) {
            int from = Math.max(0, at - 16);
            return "bytes " + from + "..: " + java.util.HexFormat.ofDelimiter(" ").formatHex(bytes, from,
                    Math.min(bytes.length, at + 16));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int index = Math.min(new String(bytes, 0, Math.min(at, bytes.length), StandardCharsets.UTF_8).length(),
                text.length());
        boolean xml = text.startsWith("<?xml") || text.startsWith("<svg");
        int from = xml ? text.lastIndexOf('<', Math.max(0, text.lastIndexOf('<', index) - 1))
                : text.lastIndexOf('\n', Math.max(0, index - 1)) + 1;
        int to = xml ? text.indexOf('>', index) : text.indexOf('\n', index);
        from = Math.max(0, Math.max(from, index - 400));
        to = to < 0 ? text.length() : Math.min(to + 1, index + 400);
        return text.substring(from, to).replace("\n", "\\n");
    }
}
