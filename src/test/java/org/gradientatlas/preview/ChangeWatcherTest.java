package org.gradientatlas.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWatcherTest {
    @TempDir
    Path dir;

    private final BlockingQueue<String> calls = new LinkedBlockingQueue<>();

    private String next() throws InterruptedException {
        return calls.poll(20, TimeUnit.SECONDS);
    }

    @Test
    void reportsClassesInNewSubdirectoriesAndTemplatesApartAndRetriesWhenAsked() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/org"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        int[] refusals = {1};
        try (ChangeWatcher watcher = new ChangeWatcher(dir.resolve("classes"), templates, (c, t, retries) -> {
            calls.add((c ? "classes" : "") + (t ? "templates" : "") + " " + retries);
            return refusals[0]-- <= 0;
        })) {
            Path fresh = Files.createDirectories(classes.resolve("gradientatlas/recipe"));
            assertThat(next()).isEqualTo("classes 0");
            assertThat(next()).as("called again after refusing").isEqualTo("classes 1");
            Files.write(fresh.resolve("A.class"), new byte[] {1, 2, 3});
            assertThat(next()).as("a file in a directory made after the start").isEqualTo("classes 0");
            Files.writeString(templates.resolve("figure.ftlh"), "<p>x</p>");
            assertThat(next()).isEqualTo("templates 0");
            Files.write(fresh.resolve("A.class"), new byte[] {4});
            assertThat(next()).isEqualTo("classes 0");
        }
        Files.write(classes.resolve("B.class"), new byte[] {5});
        assertThat(calls.poll(500, TimeUnit.MILLISECONDS)).as("nothing after close").isNull();
    }
}
