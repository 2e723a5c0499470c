package org.gradientatlas.testselection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The select-run-record cycle: which test classes run, and what a run records. */
class FastTestSelectionTest {
    static final List<String> TESTS = List.of("ATest", "BTest", "CTest");

    @TempDir
    Path dir;
    TinyProject project;
    Path work;
    Path reports;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    FastTestSelection selection;

    @BeforeEach
    void build() throws Exception {
        project = new TinyProject(dir);
        project.compile(false, Map.of("A", "public class A { public static int value() { return 1; } }"));
        project.compile(true, Map.of("ATest", "class ATest { int a = A.value(); }", "BTest", "class BTest { }",
                "CTest", "class CTest { }", "Fixture", "class Fixture { }"));
        work = project.target().resolve("fast-tests");
        reports = Files.createDirectories(project.target().resolve("surefire-reports"));
        selection = new FastTestSelection(work, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void aFreshCloneRunsEveryTestClassAndRecordsOnlyThoseThatPassed() throws Exception {
        select(false);
        assertThat(excluded()).isEmpty();
        assertThat(lastLine()).isEqualTo("fast tests: running all 3 test classes");
        report("ATest", "tests=\"2\" errors=\"0\" skipped=\"0\" failures=\"0\"");
        report("BTest", "tests=\"2\" errors=\"0\" skipped=\"0\" failures=\"1\"");
        report("CTest", "tests=\"1\" errors=\"0\" skipped=\"1\" failures=\"0\"");
        selection.record(new SurefireReports(reports));
        select(false);
        assertThat(excluded()).containsExactly("ATest");
        assertThat(lastLine()).startsWith("fast tests: running 2 of 3 test classes");
    }

    @Test
    void whenAllPassedNothingRunsUntilAnInputChanges() throws Exception {
        passAll();
        assertThat(excluded()).containsExactlyElementsOf(TESTS);
        assertThat(Files.readString(work.resolve(FastTestSelection.SELECTION))).isEqualTo("fastTests.upToDate=true\n");
        assertThat(lastLine()).startsWith("fast tests: up to date");
        project.compile(false, Map.of("A", "public class A { public static int value() { return 2; } }"));
        select(false);
        assertThat(excluded()).containsExactly("BTest", "CTest");
        assertThat(Files.readString(work.resolve(FastTestSelection.SELECTION))).isEqualTo("fastTests.upToDate=false\n");
    }

    @Test
    void runAllExcludesNothingAndAFailureForgetsAnEarlierPass() throws Exception {
        passAll();
        select(true);
        assertThat(excluded()).isEmpty();
        report("BTest", "tests=\"2\" errors=\"1\" skipped=\"0\" failures=\"0\"");
        selection.record(new SurefireReports(reports)); // ATest and CTest: no report since the selection
        select(false);
        assertThat(excluded()).containsExactly("ATest", "CTest");
    }

    @Test
    void aReportFromBeforeTheSelectionIsNotAPass() throws Exception {
        select(false);
        report("ATest", "tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\"");
        Files.setLastModifiedTime(reports.resolve("TEST-" + TinyProject.PACKAGE + ".ATest.xml"),
                FileTime.fromMillis(Files.getLastModifiedTime(work.resolve(FastTestSelection.CANDIDATES)).toMillis()
                        - 60_000));
        selection.record(new SurefireReports(reports));
        select(false);
        assertThat(excluded()).isEmpty();
    }

    @Test
    void surefiresDefaultIncludesPickTheTestClasses() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/p"));
        for (String name : List.of("FooTest", "TestBar", "BazTests", "QuxTestCase", "Fixture", "FooTest$1", "Testing$Inner")) {
            Files.write(classes.resolve(name + ".class"), new byte[0]);
        }
        assertThat(FastTestSelection.testClasses(dir.resolve("classes")))
                .containsExactly("p.BazTests", "p.FooTest", "p.QuxTestCase", "p.TestBar");
    }

    private void passAll() throws Exception {
        select(false);
        for (String test : TESTS) {
            report(test, "tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\"");
        }
        selection.record(new SurefireReports(reports));
        select(false);
    }

    private void select(boolean runAll) throws Exception {
        Path testClasses = project.target().resolve("test-classes");
        selection.select(TestFingerprints.of(dir, project.target().resolve("classes"), testClasses),
                FastTestSelection.testClasses(testClasses), runAll);
    }

    private void report(String test, String counts) throws Exception {
        String name = TinyProject.PACKAGE + "." + test;
        Files.writeString(reports.resolve("TEST-" + name + ".xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"" + name + "\" time=\"0.1\" " + counts + ">\n</testsuite>\n");
    }

    /** The simple names of the test classes in the excludes file (it always ends with Surefire's nested-class rule). */
    private List<String> excluded() throws Exception {
        List<String> lines = Files.readAllLines(work.resolve(FastTestSelection.EXCLUDES));
        assertThat(lines).last().isEqualTo("**/*$*");
        return lines.subList(0, lines.size() - 1).stream()
                .map(line -> line.substring(line.lastIndexOf('/') + 1, line.length() - ".class".length())).toList();
    }

    private String lastLine() {
        String[] lines = printed.toString(StandardCharsets.UTF_8).split("\n");
        return lines[lines.length - 1];
    }
}
