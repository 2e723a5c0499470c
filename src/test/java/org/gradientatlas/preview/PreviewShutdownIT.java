package org.gradientatlas.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gradientatlas.bench.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview command in a JVM of its own, stopped as Ctrl-C stops it (a signal; SIGTERM runs the same shutdown
 * hooks as SIGINT): it serves the site on 127.0.0.1 only, then closes its event streams and server, removes its
 * temporary site and says so.
 */
class PreviewShutdownIT {
    private static final Pattern ADDRESS = Pattern.compile("Preview of the site at (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path temp;

    @Test
    void servesTheSiteAndStopsCleanlyOnASignal() throws Exception {
        CompiledClasses classes = CompiledClasses.copyInto(temp.resolve("classes"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path log = temp.resolve("preview.log");
        Process child = new ChildJvm(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp))
                .start(List.of("preview", "--classes", classes.dir().toString(), "--threads", "2"), log);
        try {
            URI site = address(child, log);
            assertThat(siteDirectories(tmp)).hasSize(1);
            String index = text(site.resolve("index.html"));
            assertThat(index).contains("Gradient Atlas", "new EventSource(\"/__preview/events\")");
            assertThat(text(site.resolve("figures/tango-fig1.svg"))).contains("<svg");
            assertThat(status(site.resolve("figures/%2e%2e/%2e%2e/%2e%2e/etc/passwd"))).isEqualTo(404);

            HttpURLConnection events = (HttpURLConnection) site.resolve("__preview/events").toURL().openConnection();
            InputStream stream = events.getInputStream();
            assertThat(new String(stream.readNBytes(10), StandardCharsets.UTF_8)).isEqualTo("retry: 500");

            child.destroy();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
            assertThat(stream.readAllBytes()).as("the open page's event stream is closed, not left hanging")
                    .asString(StandardCharsets.UTF_8).doesNotContain("retry");
            assertThat(Files.readString(log)).contains("preview: stopped");
            assertThat(siteDirectories(tmp)).as("temporary site removed").isEmpty();
            assertThatThrownBy(() -> status(site)).isInstanceOf(ConnectException.class);
        } finally {
            child.destroyForcibly();
        }
    }

    private static URI address(Process child, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            Matcher m = ADDRESS.matcher(Files.readString(log));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            assertThat(child.isAlive()).as("preview running: %s", Files.readString(log)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no address after 5 minutes: " + Files.readString(log));
    }

    private static String text(URI uri) throws IOException {
        try (InputStream in = uri.toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    private static List<Path> siteDirectories(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("gradient-atlas-preview-")).toList();
        }
    }
}
