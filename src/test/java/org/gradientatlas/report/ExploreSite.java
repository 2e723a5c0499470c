package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The site {@code mvn package} built into {@code site/} (or the one named by {@code -Dexplore.site=DIR}), which the
 * Explore tests open from file:// as a reader does, and the packaged jar they compare it with. A site older than
 * the templates or the engine fails the tests that use it: they would test old pages.
 */
final class ExploreSite {
    private static final Path JAR = Path.of("target", "gradient-atlas.jar");
    private static final Path ARCHIVE = Path.of("target", "gradient-atlas.jsa");

    private ExploreSite() {
    }

    /** The site directory, checked to be made from the current scripts; the tests are skipped without an engine. */
    static Path directory() throws IOException {
        Path site = Path.of(System.getProperty("explore.site", "site")).toAbsolutePath();
        Assumptions.assumeTrue(Files.isRegularFile(site.resolve(SiteAssets.ENGINE)),
                "no " + site.resolve(SiteAssets.ENGINE) + ": mvn package builds the engine and the site");
        for (String script : List.of("atlas-explore.js", "atlas-figure.js")) {
            assertThat(site.resolve(script)).as("%s is older than templates/%s: run mvn package", site, script)
                    .hasSameBinaryContentAs(Path.of("templates", script));
        }
        Path engine = Path.of("target", "browser", SiteAssets.ENGINE);
        if (Files.isRegularFile(engine)) {
            assertThat(site.resolve(SiteAssets.ENGINE)).as("%s holds an older engine: run mvn package", site)
                    .hasSameBinaryContentAs(engine);
        }
        return site;
    }

    /** A figure page's address with the given query ("" for none). */
    static String page(Path site, String id, String query) {
        return site.resolve("figures").resolve(id + ".html").toUri() + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * The data file {@code java -jar target/gradient-atlas.jar render id [--set name=value]... [--seed n]} writes,
     * run in a child JVM into a directory of {@code scratch}.
     */
    static String renderWithJar(Path scratch, String id, Map<String, String> set, String seed) throws Exception {
        assertThat(JAR).as("the packaged jar (mvn package)").isRegularFile();
        Path out = Files.createTempDirectory(scratch, id);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true"));
        if (Files.isRegularFile(ARCHIVE)) { // the class-data archive the build's render step records: a faster start
            command.addAll(List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-jar", JAR.toString(), "render", id, "--out", out.resolve("figures").toString(),
                "--cache", out.resolve("cache").toString(), "--quiet"));
        set.forEach((name, value) -> command.addAll(List.of("--set", name + "=" + value)));
        if (!seed.isEmpty()) {
            command.addAll(List.of("--seed", seed));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("render finished").isTrue();
        assertThat(process.exitValue()).as("%s: %s", command, output).isZero();
        return Files.readString(out.resolve("figures").resolve(id + ".json"), StandardCharsets.UTF_8);
    }
}
