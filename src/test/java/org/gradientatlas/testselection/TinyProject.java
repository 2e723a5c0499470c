package org.gradientatlas.testselection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A project on disk, as Maven lays it out, with main and test classes compiled from sources given as text. */
final class TinyProject {
    static final String PACKAGE = "org.gradientatlas.tiny";
    final Path dir;

    TinyProject(Path dir) throws IOException {
        this.dir = dir;
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(dir.resolve("src/test/resources"));
        Files.writeString(dir.resolve("src/test/resources/reference.csv"), "x\n1\n");
    }

    Path target() {
        return dir.resolve("target");
    }

    /**
     * Writes the sources of main or test classes (class name, simple for this package or fully qualified, to its
     * body) and compiles every source of that kind.
     */
    void compile(boolean test, Map<String, String> classes) throws IOException {
        Path sources = dir.resolve(test ? "src/test/java" : "src/main/java");
        for (Map.Entry<String, String> source : classes.entrySet()) {
            String name = source.getKey().contains(".") ? source.getKey() : PACKAGE + "." + source.getKey();
            Path file = sources.resolve(name.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "package " + name.substring(0, name.lastIndexOf('.')) + ";\n"
                    + source.getValue() + "\n", StandardCharsets.UTF_8);
        }
        Path out = Files.createDirectories(target().resolve(test ? "test-classes" : "classes"));
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-proc:none"));
        if (test) {
            options.addAll(List.of("-cp", target().resolve("classes").toString()));
        }
        List<Path> files;
        try (var walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean ok = javac.getTask(messages, null, null, options, null, javac.getStandardFileManager(null, null,
                StandardCharsets.UTF_8).getJavaFileObjectsFromPaths(files)).call();
        assertThat(ok).as("javac: %s", messages).isTrue();
    }

    /** The fingerprints of the test classes as they are now. */
    Map<String, String> fingerprints(String... simpleNames) throws IOException {
        TestFingerprints fingerprints = TestFingerprints.of(dir, target().resolve("classes"),
                target().resolve("test-classes"));
        Map<String, String> all = new java.util.TreeMap<>();
        for (String name : simpleNames) {
            assertThat(fingerprints.knows(PACKAGE + "." + name)).as(name).isTrue();
            all.put(name, fingerprints.of(PACKAGE + "." + name));
        }
        return all;
    }
}
