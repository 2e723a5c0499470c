package org.gradientatlas.review;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What changed in the numbers behind a figure: scalar fields (title, caption, seed, params, metrics) as
 * before → after, and for each series column or grid the largest absolute change of a value.
 */
public record DataComparison(List<ValueChange> values, List<ColumnChange> columns) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A scalar that changed; a missing side is shown as "(none)". */
    public record ValueChange(String name, String before, String after) {
    }

    /** A column whose values moved; lengths differ when the series grew or shrank. */
    public record ColumnChange(String name, int beforeLength, int afterLength, double maxAbsChange) {
    }

    public boolean isEmpty() {
        return values.isEmpty() && columns.isEmpty();
    }

    public static DataComparison of(byte[] before, byte[] after) {
        JsonNode a = parse(before, "before");
        JsonNode b = parse(after, "after");
        List<ValueChange> values = new ArrayList<>();
        for (String field : List.of("title", "caption", "source", "seed")) {
            scalar(field, a.path(field), b.path(field), values);
        }
        for (String group : List.of("params", "metrics")) {
            for (String name : names(a.path(group), b.path(group))) {
                scalar(group + "." + name, a.path(group).path(name), b.path(group).path(name), values);
            }
        }
        List<ColumnChange> columns = new ArrayList<>();
        for (String series : names(a.path("series"), b.path("series"))) {
            JsonNode sa = a.path("series").path(series);
            JsonNode sb = b.path("series").path(series);
            for (String column : names(sa, sb)) {
                column(series + "." + column, sa.path(column), sb.path(column), columns);
            }
        }
        for (String grid : names(a.path("grids"), b.path("grids"))) {
            for (String axis : List.of("x", "y", "z")) {
                column("grids." + grid + "." + axis, flat(a.path("grids").path(grid).path(axis)),
                        flat(b.path("grids").path(grid).path(axis)), columns);
            }
        }
        return new DataComparison(List.copyOf(values), List.copyOf(columns));
    }

    /**
     * Fails unless {@code json} is a figure's data file, an object whose first field is {@code "id": id} (as
     * FigureJson writes it): read as a stream, it costs the first bytes only, so unchanged figures stay unparsed.
     */
    static void requireFigure(byte[] json, String side, String id) {
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the " + side + " data file is not a JSON object");
            }
            boolean figure = parser.nextToken() == JsonToken.FIELD_NAME && "id".equals(parser.currentName())
                    && parser.nextToken() == JsonToken.VALUE_STRING && id.equals(parser.getText());
            if (!figure) {
                throw new IllegalArgumentException("the " + side + " data file is not a Gradient Atlas figure (its"
                        + " first field is not \"id\": \"" + id + "\")");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the " + side + " data file is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the " + side + " data file", e);
        }
    }

    static JsonNode parse(byte[] json, String side) {
        if (json == null) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the " + side + " data file is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the " + side + " data file is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the " + side + " data file", e);
        }
    }

    private static void scalar(String name, JsonNode a, JsonNode b, List<ValueChange> out) {
        if (!a.equals(b)) {
            out.add(new ValueChange(name, text(a), text(b)));
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() ? "(none)" : node.isTextual() ? node.asText() : node.toString();
    }

    private static void column(String name, JsonNode a, JsonNode b, List<ColumnChange> out) {
        if (a.equals(b)) {
            return;
        }
        int n = Math.min(a.size(), b.size());
        double max = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(a.get(i).asDouble(Double.NaN) - b.get(i).asDouble(Double.NaN));
            max = Double.isNaN(d) ? (a.get(i).equals(b.get(i)) ? max : Double.POSITIVE_INFINITY) : Math.max(max, d);
        }
        out.add(new ColumnChange(name, a.size(), b.size(), max));
    }

    /** A grid's z rows as one array, so that one number says how far the grid moved. */
    private static JsonNode flat(JsonNode node) {
        if (!node.isArray() || node.isEmpty() || !node.get(0).isArray()) {
            return node;
        }
        var flat = JSON.createArrayNode();
        node.forEach(row -> row.forEach(flat::add));
        return flat;
    }

    private static TreeSet<String> names(JsonNode a, JsonNode b) {
        TreeSet<String> names = new TreeSet<>();
        for (JsonNode node : List.of(a, b)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                names.add(it.next().getKey());
            }
        }
        return names;
    }
}
