package org.gradientatlas.browserbuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The browser engine's build step (mvn package runs it when a class file, script or pom.xml is newer than its last
 * run; docs/browser-engine.md): compiles the entry class {@code org.gradientatlas.browser.BrowserEngine} and all it
 * reaches to WebAssembly (GC) with TeaVM, then bundles the module and TeaVM's runtime into atlas-engine.js. Skips
 * TeaVM when the classes it compiled last time and the other inputs are unchanged ({@link EngineInputs}).
 * Arguments: CLASSES_DIR SCRIPT_DIR OUTPUT_DIR [INPUT...], where the INPUT files and directories (pom.xml, this
 * build's sources) count as inputs too; TeaVM reads the classes from this JVM's class path.
 */
public final class BrowserBuild {
    static final String ENTRY_CLASS = "org.gradientatlas.browser.BrowserEngine";
    /** Newer than every input once this step has run on them (pom.xml's up-to-date check reads its time). */
    static final String CHECKED = "engine.checked";

    private BrowserBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: BrowserBuild CLASSES_DIR SCRIPT_DIR OUTPUT_DIR [INPUT...]");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path scripts = Path.of(args[1]);
        Path out = Path.of(args[2]);
        List<Path> inputs = files(scripts, Stream.of(args).skip(3).map(Path::of).toList());
        Path list = out.resolve("compiled-classes.txt");
        Path stamp = out.resolve("engine-inputs.sha256");
        Path script = out.resolve("atlas-engine.js");
        if (Files.isRegularFile(script) && Files.isRegularFile(list) && Files.isRegularFile(stamp)
                && Files.readString(stamp).strip().equals(EngineInputs.digest(classes, Files.readAllLines(list), inputs))) {
            System.out.println("browser engine: up to date (the classes TeaVM compiles and its other inputs are unchanged)");
            markChecked(out);
            return;
        }
        long start = System.nanoTime();
        ModuleCompilation compiled = ModuleCompilation.run(ENTRY_CLASS, out);
        if (!compiled.succeeded()) {
            System.err.println("browser engine: TeaVM cannot compile " + ENTRY_CLASS + " (see the errors above)");
            System.exit(1);
        }
        byte[] module = Files.readAllBytes(compiled.module());
        EngineScript.write(module, scripts, script);
        Files.write(list, compiled.classes(), StandardCharsets.UTF_8);
        Files.writeString(stamp, EngineInputs.digest(classes, compiled.classes(), inputs) + "\n");
        markChecked(out);
        System.out.printf(Locale.ROOT, "browser engine: %d classes compiled by TeaVM, module %d kB, %s %d kB, in %.1f s%n",
                compiled.classes().size(), module.length / 1000, script.getFileName(), Files.size(script) / 1000,
                (System.nanoTime() - start) / 1e9);
    }

    /** Rewrites the mark that mvn package compares with its inputs' times, so that it does not ask again. */
    private static void markChecked(Path out) throws IOException {
        Path checked = Files.writeString(out.resolve(CHECKED), "");
        Files.setLastModifiedTime(checked, FileTime.fromMillis(System.currentTimeMillis()));
    }

    /** The regular files in these files and directories, in a fixed order. */
    private static List<Path> files(Path scripts, List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : Stream.concat(Stream.of(scripts), inputs.stream()).toList()) {
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
