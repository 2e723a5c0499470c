package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit a page names is the one the program (and so its figures) was built from, recorded at build time;
 * never the HEAD of another repository the command runs in or writes into.
 */
class BuildProvenanceIT {
    @TempDir
    Path dir;

    @Test
    void theProgramNamesTheCommitItWasBuiltFrom() throws Exception {
        Optional<SourceCommit> checkout = SourceCommit.ofWorkTree(Path.of(""));
        assumeThat(checkout).as("these tests run from a git checkout").isPresent();
        BuildProvenance program = BuildProvenance.ofProgram();
        assertThat(program.commitHash()).isEqualTo(checkout.get().hash());
        assertThat(SourceCommit.recorded()).isPresent();
        assertThat(program.commit().contains("uncommitted")).isEqualTo(SourceCommit.recorded().get().dirty());
    }

    @Test
    void figuresWrittenIntoAnotherRepositoryNameTheProgramsCommitNotThatRepositorysHead() throws Exception {
        assumeThat(SourceCommit.recorded()).isPresent();
        Path other = otherRepository();
        String otherHead = git(other, "rev-parse", "HEAD");
        Path figures = Files.createDirectories(other.resolve("figures"));
        BuildProvenance provenance = BuildProvenance.forFigures(figures);
        assertThat(provenance.commit()).doesNotContain(otherHead)
                .startsWith(SourceCommit.recorded().get().hash());
    }

    @Test
    void aSiteRunInsideAnotherRepositoryDoesNotNameItsHead() throws Exception {
        assumeThat(SourceCommit.recorded()).isPresent();
        Path other = otherRepository();
        String otherHead = git(other, "rev-parse", "HEAD");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "org.gradientatlas.cli.GradientAtlasCommand", "site", "--out",
                "site"));
        Process site = new ProcessBuilder(command).directory(other.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("site.log").toFile()).start();
        assertThat(site.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(site.exitValue()).as(Files.readString(dir.resolve("site.log"))).isZero();
        String page = Files.readString(other.resolve("site/figures/tango-fig1.html"), StandardCharsets.UTF_8);
        assertThat(page).doesNotContain(otherHead).contains(SourceCommit.recorded().get().hash());
    }

    private Path otherRepository() throws IOException, InterruptedException {
        Path repo = Files.createDirectories(dir.resolve("paper"));
        Files.writeString(repo.resolve("paper.tex"), "\\documentclass{article}\n");
        git(repo, "init", "-q");
        git(repo, "add", "paper.tex");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "paper");
        return repo;
    }

    private static String git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(out).isZero();
        return out;
    }
}
