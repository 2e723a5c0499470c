package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gradientatlas.report.SiteDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way issue 18 lost a user's files, now refused with one line and exit 2, every file left as it was. Paths
 * relative to the current directory run in a child JVM started in a scratch folder: in-process they would point at
 * this checkout.
 */
class SafeOutputIT {
    @TempDir
    Path root;

    private Path work;
    private Map<String, String> before;

    @BeforeEach
    void aFolderOfOnesOwnWork() throws IOException {
        work = UserFiles.workFolder(root);
        Path figures = Files.createDirectories(work.resolve("figures"));
        for (String file : List.of("gd-1d-quadratic.svg", "gd-1d-quadratic.json")) {
            Files.copy(Path.of("figures", file), figures.resolve(file));
        }
        before = UserFiles.hashes(root);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "site --out .                              | --out . is the current directory",
        "site --out ''                             | --out '' is the current directory",
        "site --out ..                             | --out .. is an ancestor of the current directory",
        "site --out link-here                      | --out link-here is the current directory",
        "site --out notes.md                       | --out notes.md is a file, not a directory",
        "site --out link-notes                     | --out link-notes is a file, not a directory",
        "site --out mywork                         | --out mywork is not empty and is not a site Gradient Atlas made",
        "site --out link-mywork                    | --out link-mywork is not empty and is not a site",
        "site --out dangling                       | is a broken symbolic link",
        "site --out notes.md/site                  | is a file, not a directory",
        "build --site figures                      | --site figures overlaps the figures directory",
        "build --site figures/site                 | --site figures/site overlaps the figures directory",
        "build --figures x --site x/..             | --site x/.. is the current directory",
        "build --figures site/figures --site site  | --site site overlaps the figures directory",
        "render gd-1d-quadratic --out mywork       | --out mywork holds files that Gradient Atlas did not make",
        "render gd-1d-quadratic --out .            | --out . holds files that Gradient Atlas did not make",
        "render gd-1d-quadratic --out notes.md     | --out notes.md is a file, not a directory",
        "render gd-1d-quadratic --out figures --cache notes.md | --cache notes.md is a file, not a directory",
    })
    void refusedWithOneLineAndNothingTouched(String command, String expected) throws Exception {
        Run run = inWork(command);
        assertThat(run.status).as(run.err).isEqualTo(2);
        assertThat(run.err.lines()).as(run.err).hasSize(1).first().asString().startsWith("error: ").contains(expected);
        assertThat(UserFiles.hashes(root)).isEqualTo(before);
        assertThat(root.resolve("cache")).doesNotExist();
    }

    @Test
    void renderDoesNotOverwriteAUsersFileOfAFigureName() throws Exception {
        Path out = Files.createDirectories(root.resolve("out"));
        Files.copy(work.resolve("figures/gd-1d-quadratic.json"), out.resolve("gd-1d-quadratic.json"));
        Files.writeString(out.resolve("gd-1d-quadratic.svg"), "<svg>my own drawing</svg>\n");
        Map<String, String> withOut = UserFiles.hashes(root);
        CommandLineRun cli = new CommandLineRun();
        assertThat(cli.run("render", "gd-1d-quadratic", "--out", out.toString(), "--cache",
                root.resolve("cache").toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("gd-1d-quadratic.svg there was not made by Gradient Atlas");
        assertThat(UserFiles.hashes(root)).isEqualTo(withOut);
    }

    @Test
    void renderReplacesItsOwnFiguresBesideAUsersFiles() throws Exception {
        CommandLineRun cli = new CommandLineRun();
        Path figures = work.resolve("figures");
        Files.writeString(figures.resolve("README.md"), "my notes on the figures\n");
        Files.writeString(figures.resolve("gd-1d-quadratic.svg"), Files.readString(figures.resolve(
                "gd-1d-quadratic.svg")).replace("</svg>", "<!--older--></svg>"));
        assertThat(cli.run("render", "gd-1d-quadratic", "--out", figures.toString(), "--cache",
                root.resolve("cache").toString(), "--quiet")).as(cli.err.toString()).isZero();
        assertThat(figures.resolve("gd-1d-quadratic.svg")).hasSameBinaryContentAs(Path.of("figures/gd-1d-quadratic.svg"));
        assertThat(figures.resolve("README.md")).hasContent("my notes on the figures");
    }

    @Test
    void hiddenFilesDoNotMakeAFiguresDirectoryAUsers() throws Exception {
        Path out = Files.createDirectories(root.resolve("out"));
        Files.writeString(out.resolve(".gitkeep"), "");
        CommandLineRun cli = new CommandLineRun();
        assertThat(cli.run("render", "gd-1d-quadratic", "--out", out.toString(), "--cache",
                root.resolve("cache").toString(), "--quiet")).as(cli.err.toString()).isZero();
        assertThat(out.resolve(".gitkeep")).exists();
    }

    @Test
    void anEmptyDirectoryOrASiteOfOursIsAccepted() throws Exception {
        assertThat(SiteDirectory.check("--out", work.resolve("empty"), Map.of(), work)).isEqualTo(work.resolve("empty"));
        Path site = Files.createDirectories(work.resolve("site"));
        Files.writeString(site.resolve(SiteDirectory.MARKER), "made by us\n");
        Files.writeString(site.resolve("index.html"), "an old page\n");
        assertThat(SiteDirectory.check("--out", work.resolve("link-here/site"), Map.of(), work)).isEqualTo(site);
    }

    private record Run(int status, String err) {
    }

    /** The command line (words split at spaces, '' the empty word) run by a fresh JVM in the work folder. */
    private Run inWork(String command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), GradientAtlasCommand.class.getName()));
        for (String word : command.trim().split(" +")) {
            args.add(word.equals("''") ? "" : word);
        }
        if (command.startsWith("build") || command.startsWith("render") && !command.contains("--cache")) {
            args.addAll(List.of("--cache", root.resolve("cache").toString()));
        }
        Path err = root.resolve("child.err");
        Process child = new ProcessBuilder(args).directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as(command + " finished").isTrue();
        String text = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Run(child.exitValue(), text);
    }
}
