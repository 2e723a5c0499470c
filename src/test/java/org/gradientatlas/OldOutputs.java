package org.gradientatlas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An "old build" for the crash test: every file of a clean build, changed so that old and new differ in each file,
 * written where the next build goes. A kill must leave each file (figures) or the whole tree (site) old or new.
 */
final class OldOutputs {
    static final String RETIRED = "retired-figure";

    private OldOutputs() {
    }

    /** Old versions of every figure (still whole SVG and JSON), plus a retired figure that render --all removes. */
    static Map<String, String> figures(Path clean, Path out) throws IOException {
        Files.createDirectories(out);
        String anySvg = null;
        String anyJson = null;
        for (String name : OutputTree.digests(clean).keySet()) {
            String text = Files.readString(clean.resolve(name));
            if (name.endsWith(".svg")) {
                anySvg = text;
                text = text.substring(0, text.lastIndexOf("</svg>")) + "<!--old build--></svg>\n";
            } else {
                anyJson = text;
                text = "{\"oldBuild\": true," + text.substring(text.indexOf('{') + 1);
            }
            Files.writeString(out.resolve(name), text);
        }
        String id = anyJson.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        Files.writeString(out.resolve(RETIRED + ".svg"), anySvg.replace("figure " + id + "-->", "figure " + RETIRED + "-->"));
        Files.writeString(out.resolve(RETIRED + ".json"), anyJson.replace("\"" + id + "\"", "\"" + RETIRED + "\""));
        return OutputTree.digests(out);
    }

    /** Replaces {@code out} with an old site: every file with a trailing comment, plus a file only it has. */
    static Map<String, String> site(Path clean, Path out) throws IOException {
        deleteTree(out);
        for (String name : OutputTree.digests(clean).keySet()) {
            Path target = out.resolve(name);
            Files.createDirectories(target.getParent());
            byte[] bytes = Files.readAllBytes(clean.resolve(name));
            Files.write(target, concat(bytes, "\n<!-- old build -->\n".getBytes(StandardCharsets.UTF_8)));
        }
        Files.writeString(out.resolve("OLD-BUILD.txt"), "old build\n");
        return OutputTree.digests(out);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
