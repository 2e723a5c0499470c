package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gradientatlas.review.SampleFiguresAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff --git REV} run from a subdirectory of a repository compares that repository's figures/. A JVM of
 * its own per run, as a user starts it: the working directory is the one thing a test cannot change in-process.
 */
class DiffFromSubdirectoryIT {
    @TempDir
    Path dir;

    @Test
    void fromASubdirectoryItFindsTheRepositorysFigures() throws Exception {
        Path repo = dir.resolve("repo");
        Path figures = Files.createDirectories(repo.resolve("figures"));
        SampleFiguresAccess.write(figures, "curve", 1.0);
        SampleFiguresAccess.write(figures, "same", 1.0);
        Path sub = Files.createDirectories(repo.resolve("docs/deeper"));
        Files.writeString(sub.resolve("notes.txt"), "a subdirectory with a file, so git keeps it\n");
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "golden figures");
        SampleFiguresAccess.write(figures, "curve", 1.2);

        Run run = diff(sub, "--git", "HEAD", "--out", "review", "--summary-md", "summary.md");

        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("1 changed, 0 added, 0 removed, 1 unchanged").contains("changed: curve");
        assertThat(sub.resolve("review/index.html")).isRegularFile();
        assertThat(Files.readString(sub.resolve("summary.md"))).contains("| curve | changed |")
                .contains("Before: git HEAD:figures · after: working tree:figures");
        assertThat(figures.resolve("review")).doesNotExist();
    }

    @Test
    void outsideAnyRepositoryItSaysSoInOneLine() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Run run = diff(plain, "--git", "HEAD", "--figures", ".");
        assertThat(run.status()).as(run.output()).isEqualTo(2);
        assertThat(run.output().lines()).hasSize(1).first().asString().startsWith("error: not inside a git repository");
    }

    private record Run(int status, String output) {
    }

    private static Run diff(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                GradientAtlasCommand.class.getName(), "diff"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s: %s", args, output).isZero();
    }
}
