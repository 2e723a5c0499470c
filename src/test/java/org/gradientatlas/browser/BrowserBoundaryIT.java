package org.gradientatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** After mvn package: the classes TeaVM compiled lie within {@link BrowserBoundaryTest}'s walk. */
class BrowserBoundaryIT {
    private static final String ENTRY = BrowserBoundaryTest.ENTRY;
    private static final String PROJECT = BrowserBoundaryTest.PROJECT;
    /** TeaVM's name for a lambda's class, after its host class: "$method$lambda$_3_0". */
    private static final String TEAVM_LAMBDA = "\\$[^$]+\\$lambda\\$_\\d+_\\d+$";

    /** What TeaVM compiled (mvn package lists it) lies within the walk: the walk misses nothing TeaVM reaches. */
    @Test
    void everyProjectClassTeaVmCompiledIsInTheWalk() throws IOException {
        Path list = Path.of("target", "browser", "compiled-classes.txt");
        Assumptions.assumeTrue(isCurrent(Path.of("target", "browser", "engine.checked")),
                "the browser engine was not built from these classes (-Dbrowser.skip=true?)");
        List<String> compiled = Files.readAllLines(list).stream().map(name -> name.replace('.', '/'))
                .map(name -> name.replaceAll(TEAVM_LAMBDA, "")).filter(name -> name.startsWith(PROJECT)).toList();
        assertThat(compiled).contains(ENTRY);
        assertThat(ClassReferences.reachableFrom(ENTRY, PROJECT)).containsAll(compiled);
    }

    /** Whether the engine's build step ran after the last change of a class file. */
    private static boolean isCurrent(Path mark) throws IOException {
        if (!Files.isRegularFile(mark)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(Path.of("target", "classes"))) {
            FileTime checked = Files.getLastModifiedTime(mark);
            return files.filter(f -> f.toString().endsWith(".class")).allMatch(f -> modified(f).compareTo(checked) <= 0);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
