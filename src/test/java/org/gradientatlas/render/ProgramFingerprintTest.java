package org.gradientatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramFingerprintTest {
    @TempDir
    Path dir;

    @Test
    void anyChangedFileOrRuntimeChangesTheFingerprint() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/org"));
        Files.writeString(classes.resolve("A.class"), "one");
        Path jar = Files.writeString(dir.resolve("lib.jar"), "not really a jar");
        List<Path> entries = List.of(dir.resolve("classes"), jar);
        String first = ProgramFingerprint.of(entries, "17.0.15");
        assertThat(ProgramFingerprint.of(entries, "17.0.15")).isEqualTo(first);
        assertThat(ProgramFingerprint.of(entries, "25.0.1")).isNotEqualTo(first);
        Files.writeString(classes.resolve("A.class"), "two");
        String second = ProgramFingerprint.of(entries, "17.0.15");
        assertThat(second).isNotEqualTo(first);
        Files.writeString(classes.resolve("B.class"), "");
        assertThat(ProgramFingerprint.of(entries, "17.0.15")).isNotEqualTo(second);
    }

    @Test
    void withoutOwnClassesOnlyTheOtherFilesCount() throws Exception {
        Path own = Files.createDirectories(dir.resolve("classes/org/gradientatlas"));
        Files.writeString(own.resolve("A.class"), "one");
        Files.writeString(dir.resolve("classes/font.ttf"), "glyphs");
        List<Path> entries = List.of(dir.resolve("classes"));
        java.util.function.Predicate<String> notOwn = name -> !name.startsWith("org/gradientatlas/");
        String first = ProgramFingerprint.of(entries, "17.0.15", notOwn);
        Files.writeString(own.resolve("A.class"), "two");
        assertThat(ProgramFingerprint.of(entries, "17.0.15", notOwn)).isEqualTo(first);
        Files.writeString(dir.resolve("classes/font.ttf"), "other glyphs");
        assertThat(ProgramFingerprint.of(entries, "17.0.15", notOwn)).isNotEqualTo(first);
        assertThat(ProgramFingerprint.withoutOwnClasses()).matches("[0-9a-f]{64}").isNotEqualTo(ProgramFingerprint.current());
    }

    @Test
    void theClassPathHoldsTheProgramsOwnClassesAndItsLibraries() throws Exception {
        Path own = Path.of(ProgramFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path batik = Path.of(org.apache.batik.svggen.SVGGraphics2D.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        assertThat(ProgramFingerprint.classPath()).contains(own.toAbsolutePath().normalize(),
                batik.toAbsolutePath().normalize());
        assertThat(ProgramFingerprint.current()).matches("[0-9a-f]{64}");
    }
}
