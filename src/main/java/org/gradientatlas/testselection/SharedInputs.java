package org.gradientatlas.testselection;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.gradientatlas.output.Sha256;

/**
 * What every fast test may depend on, as one SHA-256: every file of the project but the Java sources (those count
 * through their classes) and what the build makes (target/, site/) or git keeps (.git): pom.xml, figures/, templates/,
 * the resources, docs/, README.md, ...; the resources the build copied beside the classes; and the Java runtime,
 * locale, time zone and the environment variables the tests read.
 */
final class SharedInputs {
    /** Bumped when the rules change, so that no fingerprint made by the old rules still matches. */
    static final String RULES = "fast-test inputs 2";
    static final List<String> NOT_PROJECT_FILES = List.of(".git", "target", "site", "src/main/java", "src/test/java");
    static final List<String> ENVIRONMENT = List.of("CI", "LANG", "LC_ALL", "TZ");

    private SharedInputs() {
    }

    static String of(Path basedir, Path mainClasses, Path testClasses) throws IOException {
        StringBuilder text = new StringBuilder(RULES);
        text.append("\nproject ").append(TreeDigest.of(basedir, SharedInputs::notProjectFile));
        text.append("\nresources ").append(TreeDigest.of(mainClasses, SharedInputs::notResource));
        text.append("\ntest-resources ").append(TreeDigest.of(testClasses, SharedInputs::notResource));
        text.append('\n').append(runtime());
        return Sha256.of(text.toString());
    }

    static boolean notProjectFile(String relative) {
        return NOT_PROJECT_FILES.stream().anyMatch(dir -> relative.equals(dir) || relative.startsWith(dir + "/"));
    }

    /**
     * The browser engine, which the build compiles from the classes after the fast tests and copies beside them
     * (docs/browser-engine.md): made from what the fingerprints count already, and the tests that copy it into a
     * site pass with or without it.
     */
    static final String BROWSER_ENGINE = "org/gradientatlas/browser/atlas-engine.js";

    /**
     * Class files count through the class graph; the recorded commit only for the tests that can read it; the
     * browser engine is made from the classes.
     */
    static boolean notResource(String relative) {
        return relative.endsWith(".class") || relative.equals(TestFingerprints.SOURCE_COMMIT_RESOURCE)
                || relative.equals(BROWSER_ENGINE);
    }

    /** The Java runtime and the settings a forked test JVM inherits from this one. */
    static String runtime() {
        StringBuilder text = new StringBuilder();
        text.append("java ").append(System.getProperty("java.runtime.version")).append(' ')
                .append(System.getProperty("java.home"));
        text.append("\nos ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(" cores ").append(Runtime.getRuntime().availableProcessors());
        text.append("\nlocale ").append(Locale.getDefault().toLanguageTag()).append(" zone ")
                .append(TimeZone.getDefault().getID()).append(" charset ").append(Charset.defaultCharset());
        for (String variable : ENVIRONMENT) {
            text.append("\nenv ").append(variable).append('=').append(System.getenv(variable));
        }
        return text.toString();
    }
}
