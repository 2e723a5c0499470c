package org.gradientatlas.recipe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Sections of a seed's printed output (test resource): "[name]" starts a section, "#" lines are provenance. */
final class SeedPrints {
    private SeedPrints() {
    }

    static List<String> section(String resource, String name) {
        try (InputStream in = SeedPrints.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            boolean inSection = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("[")) {
                    inSection = line.equals("[" + name + "]");
                } else if (inSection && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("no section [" + name + "] in " + resource);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
