package org.gradientatlas.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.gradientatlas.recipe.Recipe;

/** A private copy of the project's compiled classes, and recipes recompiled into it with an edit, as an IDE would. */
final class CompiledClasses {
    private final Path dir;

    private CompiledClasses(Path dir) {
        this.dir = dir;
    }

    /** Copies the compiled main classes (target/classes) into {@code dir}. */
    static CompiledClasses copyInto(Path dir) throws IOException {
        Path classes = mainClasses();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.toList()) {
                Path target = dir.resolve(classes.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return new CompiledClasses(dir);
    }

    static Path mainClasses() {
        try {
            return Path.of(Recipe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path dir() {
        return dir;
    }

    /**
     * Compiles {@code recipe}'s source (src/main/java) with {@code edit} applied into the copy, with javac.
     * The edit must change the source, so that a test can never pass on an edit that did nothing.
     */
    void recompile(Class<?> recipe, UnaryOperator<String> edit) throws IOException {
        Path source = Path.of("src/main/java", recipe.getName().replace('.', '/') + ".java");
        String original = Files.readString(source, StandardCharsets.UTF_8);
        String edited = edit.apply(original);
        assertThat(edited).as("the edit of %s", source).isNotEqualTo(original);
        Path work = Files.createTempDirectory(dir.getParent(), "src-");
        Path file = work.resolve(recipe.getSimpleName() + ".java");
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        // Straight into the watched directory, as javac and mvn compile write: file by file, in place.
        boolean ok = javac.getTask(messages, null, null, List.of("-d", dir.toString(), "-cp",
                mainClasses() + java.io.File.pathSeparator + System.getProperty("java.class.path"), "--release", "17",
                "-nowarn", "-proc:none"), null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                .getJavaFileObjects(file)).call();
        assertThat(ok).as("javac: %s", messages).isTrue();
    }
}
