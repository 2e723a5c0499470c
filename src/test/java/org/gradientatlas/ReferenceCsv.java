package org.gradientatlas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a reference CSV test resource: '#' lines are provenance, the first other line names the columns.
 * Values were written with Python's repr, which Double.parseDouble reads back exactly.
 */
public record ReferenceCsv(List<String> header, List<String[]> rows) {

    public static ReferenceCsv load(String resource) {
        InputStream in = ReferenceCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("missing test resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = Arrays.asList(cells);
                } else {
                    rows.add(cells);
                }
            }
            return new ReferenceCsv(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return index;
    }
}
