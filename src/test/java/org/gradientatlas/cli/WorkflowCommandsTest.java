package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflows run only commands the README or docs/ show, and the figure review's shell treats diff's
 * exit status as documented: 1 (figures changed) passes, 2 (bad input) fails the job.
 */
class WorkflowCommandsTest {
    private static final Path WORKFLOWS = Path.of(".github", "workflows");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    @Test
    void everyMavenAndJarCommandAWorkflowRunsIsDocumented() throws IOException {
        List<DocumentedCommand> documented = new ArrayList<>(DocumentedCommand.allIn(Files.readString(Path.of("README.md"))));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                documented.addAll(DocumentedCommand.allIn(Files.readString(doc)));
            }
        }
        List<String> used = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<Path, String> run : runScripts().entrySet()) {
            for (DocumentedCommand command : DocumentedCommand.allIn(run.getValue())) {
                used.add(command.toString());
                if (documented.stream().noneMatch(d -> d.covers(command))) {
                    undocumented.add(run.getKey().getFileName() + ": " + command);
                }
            }
        }
        assertThat(used).as("commands found in the workflows").contains("mvn verify -B",
                "java -jar target/gradient-atlas.jar diff --git --out --summary-md --json");
        assertThat(undocumented).as("workflow commands that README.md and docs/*.md never show").isEmpty();
    }

    @Test
    void theCheckTellsADocumentedCommandFromAnother() {
        List<DocumentedCommand> docs = DocumentedCommand.allIn("""
                ```sh
                mvn -B package    # figures and site
                java -jar target/gradient-atlas.jar diff --git origin/main --out target/figure-diff
                ```
                Or run `mvn -B verify`.
                """);
        assertThat(docs).hasSize(3);
        assertThat(covered(docs, "mvn -B package")).isTrue();
        assertThat(covered(docs, "mvn -B verify")).isTrue();
        assertThat(covered(docs, "mvn -B package -DskipTests")).isFalse();
        assertThat(covered(docs, "mvn -B deploy")).isFalse();
        assertThat(covered(docs, "status=0; java -jar target/gradient-atlas.jar diff --git \"origin/$B\" || s=$?")).isTrue();
        assertThat(covered(docs, "java -jar target/gradient-atlas.jar diff --git HEAD --json x.json")).isFalse();
        assertThat(covered(docs, "java -jar target/gradient-atlas.jar render --all")).isFalse();
        assertThat(DocumentedCommand.allIn("java -jar a.jar diff \\\n  --json x")).containsExactly(
                DocumentedCommand.of("java -jar a.jar diff --json x"));
    }

    private static boolean covered(List<DocumentedCommand> docs, String shell) {
        List<DocumentedCommand> commands = DocumentedCommand.allIn(shell);
        assertThat(commands).hasSize(1);
        return docs.stream().anyMatch(d -> d.covers(commands.get(0)));
    }

    @Test
    void theTestWorkflowRunsTheTestCommandOnJdk17And25WithMavenCached() throws IOException {
        JsonNode job = YAML.readTree(WORKFLOWS.resolve("test.yml").toFile()).get("jobs").get("test");
        assertThat(job.at("/strategy/matrix/java").toString()).isEqualTo("[\"17\",\"25\"]");
        JsonNode setupJava = step(job, "actions/setup-java@");
        assertThat(setupJava.at("/with/distribution").asText()).isEqualTo("temurin");
        assertThat(setupJava.at("/with/cache").asText()).isEqualTo("maven");
        assertThat(runs(job)).contains("mvn -B verify");
        assertThat(String.join("\n", runs(job))).contains("chromium chromium-driver");
    }

    @Test
    void figureReviewPassesWhenFiguresChangedAndFailsOnBadInput() throws Exception {
        String script = reviewStep("diff --git");
        for (int status : new int[] {0, 1, 2, 3}) {
            Process shell = githubBash(script, Map.of("FAKE_STATUS", Integer.toString(status), "BASE_REF", "main"));
            assertThat(shell.exitValue()).as("job step after diff exits %d", status).isEqualTo(status <= 1 ? 0 : status);
        }
        assertThat(Files.readString(dir.resolve("java-args"))).startsWith("-jar target/gradient-atlas.jar diff --git origin/main ");
    }

    @Test
    void figureReviewAppendsTheMarkdownSummaryToTheJobSummary() throws Exception {
        Path figureDiff = Files.createDirectories(dir.resolve("target/figure-diff"));
        Files.writeString(figureDiff.resolve("summary.md"), "| curve | changed |\n");
        Path jobSummary = Files.writeString(dir.resolve("job-summary.md"), "earlier steps\n");
        Process shell = githubBash(reviewStep("GITHUB_STEP_SUMMARY"), Map.of("GITHUB_STEP_SUMMARY", jobSummary.toString(),
                "ARTIFACT_URL", "https://example.org/artifact/1"));
        assertThat(shell.exitValue()).isZero();
        assertThat(Files.readString(jobSummary)).startsWith("earlier steps\n| curve | changed |\n")
                .contains("[figure-review](https://example.org/artifact/1)");
    }

    /** Runs a step's script as GitHub's bash does (-e, pipefail) in the temp dir, with a fake java on the PATH. */
    private Process githubBash(String script, Map<String, String> env) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\" > \"" + dir.resolve("java-args") + "\"\nexit \"$FAKE_STATUS\"\n");
        java.toFile().setExecutable(true);
        Path file = Files.writeString(dir.resolve("step.sh"), script);
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("step.log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process;
    }

    private static String reviewStep(String containing) throws IOException {
        JsonNode job = YAML.readTree(WORKFLOWS.resolve("figure-review.yml").toFile()).get("jobs").get("review");
        List<String> matches = runs(job).stream().filter(run -> run.contains(containing)).toList();
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }

    private static JsonNode step(JsonNode job, String uses) {
        for (JsonNode step : job.get("steps")) {
            if (step.path("uses").asText().startsWith(uses)) {
                return step;
            }
        }
        throw new AssertionError("no step uses " + uses);
    }

    private static List<String> runs(JsonNode job) {
        List<String> runs = new ArrayList<>();
        job.get("steps").forEach(step -> {
            if (step.has("run")) {
                runs.add(step.get("run").asText());
            }
        });
        return runs;
    }

    /** Every step's run script of every workflow, by file. */
    private static Map<Path, String> runScripts() throws IOException {
        Map<Path, String> scripts = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList()) {
                StringBuilder all = new StringBuilder();
                YAML.readTree(file.toFile()).get("jobs").forEach(job -> runs(job).forEach(r -> all.append(r).append('\n')));
                scripts.put(file, all.toString());
            }
        }
        assertThat(scripts).as("workflows in " + WORKFLOWS.toAbsolutePath()).isNotEmpty();
        return scripts;
    }
}
