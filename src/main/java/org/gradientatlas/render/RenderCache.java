package org.gradientatlas.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.output.AtomicFiles;
import org.gradientatlas.output.Sha256;

/**
 * A content-hash cache like Quarto's freeze. A figure's key is a SHA-256 over the recipe id, its parameters, the
 * seed, the formats and size, and the {@link ProgramFingerprint}; the manifest of an output directory keeps, per
 * figure, the key and the SHA-256 of each file written. A figure whose key is unchanged and whose files are all
 * still there with those hashes is up to date and not recomputed. Manifests live outside the output directory.
 */
public final class RenderCache {
    private final Path dir;
    private final String program;

    /** @param dir where manifests go, e.g. target/gradient-atlas-cache */
    public RenderCache(Path dir, String program) {
        this.dir = dir;
        this.program = program;
    }

    public String key(RenderJob<?> job, RenderOptions options) {
        StringBuilder text = new StringBuilder("gradient-atlas cache 1\nprogram ").append(program)
                .append("\nrecipe ").append(job.id()).append("\nseed ").append(job.seed())
                .append("\nformats ").append(options.formats()).append("\nsize ").append(options.size().label());
        for (Map.Entry<String, Object> param : job.parameterValues().entrySet()) {
            Object value = param.getValue();
            String typed = value instanceof Double d ? "double " + Numbers.shortest(d)
                    : value == null ? "null" : value.getClass().getName() + " " + value;
            text.append("\nparam ").append(param.getKey()).append(' ').append(typed);
        }
        return Sha256.of(text.toString());
    }

    /** Whether the manifest of {@code outDir} holds {@code key} for {@code name} and its files are unchanged. */
    public boolean upToDate(Path outDir, String name, String key) throws IOException {
        Path manifest = manifest(outDir, name);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("key " + key)) {
            return false;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] hashAndFile = line.split(" ", 2);
            Path file = outDir.resolve(hashAndFile[1]);
            if (!Files.isRegularFile(file) || !Sha256.of(file).equals(hashAndFile[0])) {
                return false;
            }
        }
        return true;
    }

    /** Records {@code key} and the current hashes of {@code files} (relative to {@code outDir}). */
    public void record(Path outDir, String name, String key, List<String> files) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String file : files) {
            hashes.put(file, Sha256.of(outDir.resolve(file)));
        }
        record(outDir, name, key, hashes);
    }

    /** Records {@code key} and files just written, with their hashes by name (relative to {@code outDir}). */
    public void record(Path outDir, String name, String key, Map<String, String> sha256ByFile) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("key " + key);
        sha256ByFile.forEach((file, hash) -> lines.add(hash + " " + file));
        AtomicFiles.write(manifest(outDir, name), String.join("\n", lines) + "\n");
    }

    /** Forgets {@code name}, so that its next run recomputes it. */
    public void forget(Path outDir, String name) throws IOException {
        Files.deleteIfExists(manifest(outDir, name));
    }

    /** One folder per output directory, named by a hash of its absolute path. */
    private Path manifest(Path outDir, String name) {
        String folder = Sha256.of(outDir.toAbsolutePath().normalize().toString()).substring(0, 16);
        return dir.resolve(folder).resolve(name + ".manifest");
    }
}
