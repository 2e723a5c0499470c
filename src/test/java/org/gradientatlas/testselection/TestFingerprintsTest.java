package org.gradientatlas.testselection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changes a test class's fingerprint (so that it runs again) and what does not. */
class TestFingerprintsTest {
    static final String[] TESTS = {"ATest", "BTest", "NamedTest", "ReaderTest", "CommitTest"};

    @TempDir
    Path dir;
    TinyProject project;
    Map<String, String> before;

    @BeforeEach
    void build() throws Exception {
        project = new TinyProject(dir);
        project.compile(false, Map.of(
                "A", "public class A { public static int value() { return 1; } }",
                "B", "public class B { public static int value() { return 2; } }",
                "Reader", "public class Reader { public static String path() {"
                        + " return System.getProperty(\"java.class.path\"); } }",
                "org.gradientatlas.report.SourceCommit", "public class SourceCommit { }"));
        project.compile(true, Map.of(
                "ATest", "class ATest { int a = A.value(); }",
                "BTest", "class BTest { int b = B.value(); }",
                "NamedTest", "class NamedTest { String main = \"org.gradientatlas.tiny.B\"; }",
                "ReaderTest", "class ReaderTest { String path = Reader.path(); }",
                "CommitTest", "class CommitTest { Object commit = new org.gradientatlas.report.SourceCommit(); }"));
        before = project.fingerprints(TESTS);
    }

    @Test
    void nothingChangedNoFingerprintChanges() throws Exception {
        assertThat(project.fingerprints(TESTS)).isEqualTo(before);
    }

    @Test
    void aChangedClassChangesTheTestsThatReachItAndTheWholeProgramReaders() throws Exception {
        project.compile(false, Map.of("A", "public class A { public static int value() { return 3; } }"));
        assertThat(changed()).containsExactlyInAnyOrder("ATest", "ReaderTest");
    }

    @Test
    void aClassNamedInAStringIsReached() throws Exception {
        project.compile(false, Map.of("B", "public class B { public static int value() { return 4; } }"));
        assertThat(changed()).containsExactlyInAnyOrder("BTest", "NamedTest", "ReaderTest");
    }

    @Test
    void aChangedTestClassChangesItselfAndTheWholeProgramReaders() throws Exception {
        project.compile(true, Map.of("ATest", "class ATest { int a = A.value() + 1; }"));
        assertThat(changed()).containsExactlyInAnyOrder("ATest", "ReaderTest");
    }

    @Test
    void anEditThatLeavesTheClassAsItWasChangesOnlyTheReadersOfSources() throws Exception {
        // A comment after the class: same bytecode, different source.
        project.compile(false, Map.of("A", "public class A { public static int value() { return 1; } }\n// note"));
        assertThat(changed()).containsExactly("ReaderTest");
    }

    @Test
    void aTestResourceAFigureOrThePomChangesEveryTest() throws Exception {
        Files.writeString(dir.resolve("src/test/resources/reference.csv"), "x\n2\n");
        assertThat(changed()).containsExactlyInAnyOrder(TESTS);
        before = project.fingerprints(TESTS);
        Files.createDirectories(dir.resolve("figures"));
        Files.writeString(dir.resolve("figures/a.svg"), "<svg/>");
        assertThat(changed()).containsExactlyInAnyOrder(TESTS);
        before = project.fingerprints(TESTS);
        Files.writeString(dir.resolve("pom.xml"), "<project><!-- new plugin --></project>\n");
        assertThat(changed()).containsExactlyInAnyOrder(TESTS);
    }

    @Test
    void aResourceCopiedBesideTheClassesChangesEveryTest() throws Exception {
        Path template = project.target().resolve("classes/templates/page.ftlh");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<p>${x}</p>");
        assertThat(changed()).containsExactlyInAnyOrder(TESTS);
    }

    @Test
    void theBrowserEngineCopiedBesideTheClassesAfterTheTestsDoesNotCount() throws Exception {
        Path engine = project.target().resolve("classes").resolve(SharedInputs.BROWSER_ENGINE);
        Files.createDirectories(engine.getParent());
        Files.writeString(engine, "globalThis.AtlasEngine = {};");
        assertThat(changed()).isEmpty();
    }

    @Test
    void theRecordedCommitCountsForTheTestsThatReachItsReader() throws Exception {
        Path commit = project.target().resolve("classes").resolve(TestFingerprints.SOURCE_COMMIT_RESOURCE);
        Files.createDirectories(commit.getParent());
        Files.writeString(commit, "commit=0123\ndirty=true\n");
        assertThat(changed()).containsExactly("CommitTest");
    }

    @Test
    void whatTheBuildMakesOrGitKeepsDoesNotCount() throws Exception {
        for (String made : new String[] {"site/index.html", "target/surefire-reports/TEST-x.xml", ".git/HEAD"}) {
            Files.createDirectories(dir.resolve(made).getParent());
            Files.writeString(dir.resolve(made), made);
        }
        assertThat(changed()).isEmpty();
    }

    private java.util.List<String> changed() throws Exception {
        Map<String, String> after = project.fingerprints(TESTS);
        return after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).sorted().toList();
    }
}
