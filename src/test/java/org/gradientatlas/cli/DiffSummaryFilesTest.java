package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientatlas.review.SampleFiguresAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff --summary-md and --json: written beside the page with working links, bad paths refused before any work. */
class DiffSummaryFilesTest {
    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();
    private Path before;
    private Path after;
    private Path out;

    @BeforeEach
    void figures() throws Exception {
        before = Files.createDirectories(dir.resolve("before"));
        after = Files.createDirectories(dir.resolve("after"));
        out = dir.resolve("review");
        SampleFiguresAccess.write(before, "curve", 1.0);
        SampleFiguresAccess.write(after, "curve", 1.2);
        SampleFiguresAccess.write(before, "same", 1.0);
        SampleFiguresAccess.write(after, "same", 1.0);
    }

    private int diff(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "diff";
        args[1] = before.toString();
        args[2] = after.toString();
        args[3] = "--out";
        args[4] = out.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return cli.run(args);
    }

    @Test
    void changedFiguresAreInBothSummariesLinkedToTheirSectionOfThePage() throws Exception {
        Path md = out.resolve("summary.md");
        Path json = dir.resolve("elsewhere/diff.json");
        assertThat(diff("--summary-md", md.toString(), "--json", json.toString())).isEqualTo(1);
        String page = Files.readString(out.resolve("index.html"));
        assertThat(page).contains("id=\"figure-curve\"");
        assertThat(Files.readString(md)).contains("| curve | changed |").contains("(index.html#figure-curve)")
                .contains("top: 1 → 1.2 (Δ 0.2)").doesNotContain("| same |");
        JsonNode summary = new ObjectMapper().readTree(json.toFile());
        assertThat(summary.get("reviewPage").asText()).isEqualTo("../review/index.html");
        assertThat(summary.get("figures").get(0).get("link").asText()).isEqualTo("../review/index.html#figure-curve");
        assertThat(summary.get("figures").get(0).get("rmsDifference").asDouble()).isPositive();
        assertThat(summary.get("unchanged").get(0).asText()).isEqualTo("same");
    }

    @Test
    void nothingChangedStillWritesBothAndExitsZero() throws Exception {
        SampleFiguresAccess.write(after, "curve", 1.0);
        Path md = dir.resolve("s.md");
        Path json = dir.resolve("s.json");
        assertThat(diff("--summary-md", md.toString(), "--json", json.toString())).isZero();
        assertThat(Files.readString(md)).contains("No figure changed.");
        assertThat(new ObjectMapper().readTree(json.toFile()).get("figures")).isEmpty();
    }

    @Test
    void aDirectoryAsSummaryFileIsOneLineBeforeAnyWork() {
        assertRefused(diff("--json", dir.toString()), "--json " + dir + ": is a directory");
    }

    @Test
    void aFileInThePlaceOfADirectoryIsOneLineBeforeAnyWork() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "mine");
        assertRefused(diff("--summary-md", file.resolve("summary.md").toString()), "is not a directory");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void aFileDiffDidNotWriteIsNeverOverwritten() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "# my notes\n");
        assertRefused(diff("--summary-md", notes.toString()), "exists and was not written by diff");
        Path data = Files.writeString(dir.resolve("data.json"), "{\"mine\": 1}\n");
        assertRefused(diff("--json", data.toString()), "exists and was not written by diff");
        assertThat(Files.readString(notes)).isEqualTo("# my notes\n");
        assertThat(Files.readString(data)).isEqualTo("{\"mine\": 1}\n");
    }

    @Test
    void itsOwnSummariesAreRewritten() throws Exception {
        Path md = dir.resolve("s.md");
        Path json = dir.resolve("s.json");
        assertThat(diff("--summary-md", md.toString(), "--json", json.toString())).isEqualTo(1);
        SampleFiguresAccess.write(after, "curve", 1.0);
        assertThat(diff("--summary-md", md.toString(), "--json", json.toString())).isZero();
        assertThat(Files.readString(md)).contains("No figure changed.");
        assertThat(Files.readString(json)).contains("\"changed\": 0");
    }

    @Test
    void theSameFileTwiceOrThePageItselfIsRefused() {
        Path same = dir.resolve("same.txt");
        assertRefused(diff("--summary-md", same.toString(), "--json", same.toString()), "name the same file");
        assertRefused(diff("--summary-md", out.resolve("index.html").toString()), "is the review page itself");
    }

    @Test
    void summaryPathsAreCheckedEvenWhenTheComparisonWouldFail() {
        // Both are wrong: the option is reported first, as it is checked before the directories are read.
        int status = cli.run("diff", before.toString(), dir.resolve("nope").toString(), "--json", dir.toString());
        assertThat(status).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--json");
    }

    private void assertRefused(int status, String message) {
        assertThat(status).isEqualTo(2);
        assertThat(cli.err.toString().lines()).hasSize(1).first().asString().startsWith("error: ").contains(message);
        assertThat(out).doesNotExist();
    }
}
