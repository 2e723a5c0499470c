package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages compiled for the browser (issue 16) call none of the JDK functions whose results TeaVM computes
 * differently: its StrictMath and Math transcendental functions call the JavaScript engine's Math (not
 * correctly rounded, and engines differ), it has no Math.fma, its rint is its round, its round adds 0.5 with
 * a rounding, its scalb truncates, its toDegrees and toRadians round twice. The org.gradientatlas.math classes
 * stand in for them. Checked on the compiled classes, so comments and strings do not count.
 */
class PortableArithmeticTest {
    /** purity.PureCodeCallsTest's browser packages, and this one. */
    private static final List<String> PACKAGES = List.of("random", "surface", "optim", "figure", "recipe",
            "geometry", "ticks", "citation", "text", "scene", "browser", "math");
    private static final Set<String> NOT_PORTABLE = notPortable();

    @Test
    void browserPackagesUseNoJdkTranscendentalFmaOrRounding() throws IOException, URISyntaxException {
        Path classes = Path.of(PortableArithmeticTest.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).resolveSibling("classes").resolve("org/gradientatlas");
        List<String> uses = new ArrayList<>();
        int scanned = 0;
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.walk(classes.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    scanned++;
                    for (String m : MethodReferences.matching(Files.readAllBytes(file), NOT_PORTABLE)) {
                        uses.add(classes.relativize(file) + " calls " + m);
                    }
                }
            }
        }
        assertThat(scanned).as("class files scanned").isGreaterThan(150);
        assertThat(uses).isEmpty();
    }

    @Test
    void theScanFindsSuchCalls() throws IOException {
        byte[] own = PortableArithmeticTest.class.getResourceAsStream("PortableArithmeticTest$Offender.class")
                .readAllBytes();
        assertThat(MethodReferences.matching(own, NOT_PORTABLE))
                .containsExactly("java/lang/Math.fma", "java/lang/StrictMath.tanh");
    }

    private static Set<String> notPortable() {
        Set<String> names = new TreeSet<>();
        for (String f : List.of("sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "expm1", "log",
                "log10", "log1p", "pow", "cbrt", "hypot", "sinh", "cosh", "tanh", "IEEEremainder", "fma", "rint",
                "round", "scalb", "toDegrees", "toRadians")) {
            names.add("java/lang/Math." + f);
            names.add("java/lang/StrictMath." + f);
        }
        return names;
    }

    /** Calls two of them, for theScanFindsSuchCalls. */
    private static final class Offender {
        static double both(double x) {
            return Math.fma(x, x, StrictMath.tanh(x));
        }
    }
}
