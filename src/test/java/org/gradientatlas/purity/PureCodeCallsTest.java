package org.gradientatlas.purity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pure packages, which the browser runs compiled by TeaVM, call nothing that TeaVM lacks or that behaves
 * differently there: reflection (no Class.getRecordComponents), String.format and Formatter (they throw), the JDK's
 * decimal parsing and BigDecimal.doubleValue (not correctly rounded there), java.text's number formats, and Jackson
 * (its generator needs classes TeaVM lacks; its Schubfach a String constructor TeaVM lacks); and regular expressions,
 * which work but bring a regex engine of some 80 kB (gzipped) into the browser's module; and a double or float turned
 * into text by Double.toString (string concatenation included), whose digits differ between JDK 17, JDK 19+ and TeaVM
 * (use Numbers.shortest or ShortestDecimal.text). Read from the compiled
 * classes' constant pools, so a reintroduced call fails here whatever the source looks like.
 */
class PureCodeCallsTest {
    /** The packages compiled for the browser. */
    static final List<String> PURE_PACKAGES = List.of("random", "surface", "optim", "figure", "recipe", "geometry",
            "ticks", "citation", "text", "scene", "browser");

    /** What is forbidden, and why; each predicate sees a class name, a member (owner.name:descriptor) or a text. */
    static final Map<String, Predicate<String>> FORBIDDEN = Map.ofEntries(
            Map.entry("reflection", s -> s.contains("java/lang/reflect/")
                    || s.matches("java/lang/Class\\.(getRecordComponents|getDeclared\\w*|getConstructors?|getMethods?"
                    + "|getFields?|forName|newInstance):.*")),
            Map.entry("String.format or Formatter", s -> s.startsWith("java/util/Formatter")
                    || s.matches("java/lang/String\\.(format|formatted):.*")
                    || s.matches("java/io/Print(Stream|Writer)\\.(printf|format):.*")),
            Map.entry("the JDK's decimal parsing", s -> s.startsWith("java/util/Scanner")
                    || s.matches("java/lang/(Double|Float)\\.(parseDouble|parseFloat|valueOf|<init>):"
                    + "\\(Ljava/lang/String;\\).*")),
            Map.entry("BigDecimal.doubleValue or floatValue",
                    s -> s.matches("java/math/BigDecimal\\.(double|float)Value:.*")),
            Map.entry("java.text number formats", s -> s.matches("java/text/(Decimal|Choice|Message)Format.*")),
            Map.entry("Jackson", s -> s.startsWith("com/fasterxml/jackson/")),
            Map.entry("regular expressions", s -> s.startsWith("java/util/regex/")
                    || s.matches("java/lang/String\\.(matches|split|replaceAll|replaceFirst):.*")),
            Map.entry("Double.toString or a double in string concatenation", PureCodeCallsTest::doubleAsJavaText));

    /** Double.toString and the calls and concatenations that use it, for doubles and floats. */
    private static boolean doubleAsJavaText(String reference) {
        if (reference.startsWith("invokedynamic.makeConcatWithConstants:(")) {
            String parameters = reference.substring(reference.indexOf('(') + 1, reference.indexOf(')'));
            return parameters.replaceAll("\\[*L[^;]*;|\\[+[ZBCSIJFD]", "").matches(".*[DF].*");
        }
        return reference.matches("java/lang/(String\\.valueOf|StringBuilder\\.append|StringBuffer\\.append)"
                + ":\\([DF]\\).*") || reference.matches("java/lang/(Double|Float)\\.toString:.*");
    }

    /**
     * Known uses left to other work: CorrectlyRoundedExp and CorrectlyRoundedLog (the correctly rounded math) still
     * round their BigDecimal results with doubleValue.
     */
    /** None: math/'s slow paths round by integer arithmetic (NearestDouble), not BigDecimal.doubleValue. */
    static final Map<String, String> ALLOWED = Map.of();

    @Test
    void thePurePackagesCallNothingTheBrowserLacks() throws IOException {
        Path classes = Paths.get("target", "classes", "org", "gradientatlas");
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (String pkg : PURE_PACKAGES) {
            try (Stream<Path> files = Files.walk(classes.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.getParent().getParent().relativize(file).toString().replace('\\', '/')
                            .replaceAll("(\\$.*)?\\.class$", "");
                    try (InputStream in = Files.newInputStream(file)) {
                        found.addAll(violations(name, ClassReferences.read(in)));
                    }
                    scanned++;
                }
            }
        }
        assertThat(scanned).isGreaterThan(150);
        assertThat(found).isEmpty();
    }

    @Test
    void findsEachForbiddenCallInAClassThatMakesThem() throws IOException {
        List<String> found = violations("org/gradientatlas/purity/ForbiddenCalls", read(ForbiddenCalls.class));
        assertThat(found).hasSize(FORBIDDEN.size());
        assertThat(found).allMatch(f -> f.startsWith("org/gradientatlas/purity/ForbiddenCalls uses "));
        assertThat(read(ForbiddenCalls.class).members()).contains("java/lang/String.format:(Ljava/util/Locale;"
                + "Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;", "java/lang/Double.parseDouble:"
                + "(Ljava/lang/String;)D");
    }

    /** "Class uses kind (reference)" for each forbidden kind the class uses, unless allowed. */
    static List<String> violations(String className, ClassReferences references) {
        List<String> found = new ArrayList<>();
        for (String kind : kindsUsed(references)) {
            if (!kind.equals(ALLOWED.get(className))) {
                found.add(className + " uses " + kind + " (" + firstMatch(references, FORBIDDEN.get(kind)) + ")");
            }
        }
        return found;
    }

    private static List<String> kindsUsed(ClassReferences references) {
        return FORBIDDEN.entrySet().stream().filter(e -> firstMatch(references, e.getValue()) != null)
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static String firstMatch(ClassReferences references, Predicate<String> forbidden) {
        return Stream.of(references.classes(), references.members(), references.texts()).flatMap(List::stream)
                .filter(forbidden).findFirst().orElse(null);
    }

    private static ClassReferences read(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return ClassReferences.read(in);
        }
    }
}
