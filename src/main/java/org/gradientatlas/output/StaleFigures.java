package org.gradientatlas.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Figure files that no recipe produces any more. Only files that Gradient Atlas wrote count (an SVG with
 * its marker comment, a JSON whose "id" is its own name, and a PNG or PDF of the same name beside such an SVG),
 * so that a user's other files in an output directory are never touched.
 */
public final class StaleFigures {
    private StaleFigures() {
    }

    public static List<Path> find(Path dir, Collection<String> liveIds) throws IOException {
        List<Path> stale = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return stale;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.sorted().toList();
        }
        Set<String> staleSvgIds = new HashSet<>();
        for (Path file : files) {
            String id = idOf(file);
            if (id != null && !liveIds.contains(id) && ours(file, id)) {
                stale.add(file);
                if (file.getFileName().toString().endsWith(".svg")) {
                    staleSvgIds.add(id);
                }
            }
        }
        // PNG and PDF carry no marker: they count as ours beside a stale SVG of ours with their name (the SVG's
        // marker comment is specific; a JSON's "id" field could be a user's own).
        for (Path file : files) {
            if (picture(file) && staleSvgIds.contains(idOf(file))) {
                stale.add(file);
            }
        }
        stale.sort(null); // sorted as the listing is, each picture among its figure's files
        return stale;
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : null;
    }

    private static boolean picture(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".png") || name.endsWith(".pdf"));
    }

    /** Removes the stale figures, each figure's files as one {@link FigureSet}: all of them go or none. */
    public static List<Path> remove(Path dir, Collection<String> liveIds) throws IOException {
        List<Path> stale = find(dir, liveIds);
        Map<String, List<Path>> byId = new TreeMap<>();
        for (Path file : stale) {
            byId.computeIfAbsent(idOf(file), id -> new ArrayList<>()).add(file);
        }
        for (Map.Entry<String, List<Path>> figure : byId.entrySet()) {
            FigureSet.remove(dir, figure.getKey(), figure.getValue());
        }
        return stale;
    }

    private static boolean ours(Path file, String id) {
        String name = file.getFileName().toString();
        return name.endsWith(".svg") ? OwnFiles.marked(file, id) : name.endsWith(".json") && OwnFiles.hasId(file, id);
    }
}
