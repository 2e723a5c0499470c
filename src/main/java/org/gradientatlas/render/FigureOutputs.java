package org.gradientatlas.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gradientatlas.output.Sha256;

/**
 * One rendered figure's files, by file name ({@code <id>.json} first, then the pictures in format order), and
 * their SHA-256 for the render cache, computed where the figure is made: on its render thread, in parallel,
 * rather than one file after another when they are written.
 */
public record FigureOutputs(String id, Map<String, byte[]> files, Map<String, String> sha256) {
    public FigureOutputs {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        sha256 = Collections.unmodifiableMap(new LinkedHashMap<>(sha256));
    }

    public FigureOutputs(String id, Map<String, byte[]> files) {
        this(id, files, hashes(files));
    }

    private static Map<String, String> hashes(Map<String, byte[]> files) {
        Map<String, String> hashes = new LinkedHashMap<>();
        files.forEach((name, bytes) -> hashes.put(name, Sha256.of(bytes)));
        return hashes;
    }
}
