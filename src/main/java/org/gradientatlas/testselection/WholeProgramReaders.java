package org.gradientatlas.testselection;

import java.util.Set;
import java.util.TreeSet;
import org.gradientatlas.classes.ClassIndex;
import org.gradientatlas.classes.ClassReferences;

/**
 * The classes that can depend on more than the classes they name: those that read the class path or a classes
 * directory as files, define classes from bytes, start processes (a child JVM of the program, git, a browser) or
 * read the Java sources. A test that reaches one of them depends on every class and every source file. Recognised
 * by a constant in the class file: the name of the API or property used, or a source directory's path.
 */
final class WholeProgramReaders {
    static final Set<String> MARKERS = Set.of("java.class.path", "getCodeSource", "getResources", "defineClass",
            "java/lang/ProcessBuilder", "java/net/URLClassLoader", "src", "src/main/java", "src/test/java");

    private WholeProgramReaders() {
    }

    /** The classes of {@code index} whose constant pool holds a marker (or a path under src/). */
    static Set<String> in(ClassIndex index) {
        Set<String> readers = new TreeSet<>();
        index.classes().forEach((name, file) -> {
            if (ClassReferences.utf8Constants(file.bytes()).stream().anyMatch(WholeProgramReaders::isMarker)) {
                readers.add(name);
            }
        });
        return readers;
    }

    static boolean isMarker(String utf8) {
        return MARKERS.contains(utf8) || utf8.startsWith("src/");
    }
}
