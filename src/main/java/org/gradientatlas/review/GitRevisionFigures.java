package org.gradientatlas.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The figures committed at a git revision, read with {@code git ls-tree} and {@code git show}: the user's
 * working tree is never checked out or touched.
 */
public final class GitRevisionFigures implements FigureSource {
    private final Path repo;
    private final String revision;
    private final String folder;
    private final SortedSet<String> files = new TreeSet<>();

    public GitRevisionFigures(Path repo, String revision, String folder) throws IOException {
        this.repo = repo;
        this.revision = revision;
        this.folder = folder;
        if (revision.isEmpty() || revision.startsWith("-")) {
            throw new IllegalArgumentException("not a git revision: '" + revision + "' (e.g. HEAD, origin/main)");
        }
        if (run("rev-parse", "--verify", "--quiet", revision + "^{commit}").status() != 0) {
            throw new IllegalArgumentException("unknown git revision '" + revision + "' in " + repo);
        }
        List<String> listing = new ArrayList<>(List.of("ls-tree", "--name-only", revision));
        if (!folder.isEmpty()) {
            listing.add(folder + "/");
        }
        for (String line : run(listing.toArray(String[]::new)).text().split("\n")) {
            if (!line.isBlank()) {
                files.add(line.substring(line.lastIndexOf('/') + 1));
            }
        }
    }

    /** The top of the git work tree that contains {@code dir}. */
    public static Path topLevel(Path dir) throws IOException {
        Result result = git(dir, "rev-parse", "--show-toplevel");
        if (result.status() != 0) {
            throw new IllegalArgumentException("not inside a git repository: " + dir.toAbsolutePath());
        }
        return Path.of(result.text().trim());
    }

    /**
     * Where {@code dir} lies inside its repository, as git names it ("figures", "" at the top): asked of git,
     * not computed from paths, so symbolic links and case-insensitive file systems cannot mislead it.
     */
    public static String prefix(Path dir) throws IOException {
        Result result = git(dir, "rev-parse", "--show-prefix");
        if (result.status() != 0) {
            throw new IllegalArgumentException("not inside a git repository: " + dir.toAbsolutePath());
        }
        String prefix = result.text().strip();
        return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    @Override
    public String describe() {
        return "git " + revision + ":" + (folder.isEmpty() ? "." : folder);
    }

    @Override
    public SortedSet<String> ids() {
        SortedSet<String> ids = new TreeSet<>();
        for (String name : files) {
            if (name.endsWith(".svg") || name.endsWith(".json")) {
                ids.add(name.substring(0, name.lastIndexOf('.')));
            }
        }
        return ids;
    }

    @Override
    public FigureFiles read(String id) throws IOException {
        return new FigureFiles(id, show(id + ".svg"), show(id + ".json"));
    }

    private byte[] show(String name) throws IOException {
        String path = folder.isEmpty() ? name : folder + "/" + name;
        return files.contains(name) ? run("show", revision + ":" + path).bytes() : null;
    }

    private Result run(String... args) throws IOException {
        return git(repo, args);
    }

    private record Result(int status, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Result git(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream in = process.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return new Result(process.waitFor(), out.toByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        }
    }
}
