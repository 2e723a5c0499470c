package org.gradientatlas.figure;

import java.util.Map;
import org.gradientatlas.text.JsonWriter;

/**
 * The text of {@code figures/<id>.json}, the same on the JVM and in the browser: keys in the contract's order,
 * objects one key a line, numeric arrays on one line, doubles as the shortest text that reads back to the same
 * double (non-finite values as null).
 */
public final class FigureJson {
    private FigureJson() {
    }

    public static String write(FigureData data) {
        JsonWriter json = new JsonWriter(false).startObject();
        json.name("id").string(data.id());
        json.name("title").string(data.title());
        json.name("caption").string(data.caption());
        json.name("source").string(data.source());
        json.name("seed");
        if (data.seed() == null) {
            json.nullValue();
        } else {
            json.number(data.seed());
        }
        writeValues(json.name("params"), data.params());
        writeValues(json.name("metrics"), data.metrics());
        writeSeries(json.name("series"), data.series());
        writeGrids(json.name("grids"), data.grids());
        return json.endObject().text();
    }

    private static void writeValues(JsonWriter json, Map<String, ?> values) {
        json.startObject();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            writeValue(json.name(entry.getKey()), entry.getValue());
        }
        json.endObject();
    }

    private static void writeValue(JsonWriter json, Object value) {
        if (value instanceof Double || value instanceof Float) {
            writeDouble(json, ((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            json.number(number.longValue());
        } else if (value instanceof Boolean bool) {
            json.bool(bool);
        } else if (value == null) {
            json.nullValue();
        } else {
            json.string(value.toString());
        }
    }

    private static void writeSeries(JsonWriter json, Map<String, Series> series) {
        json.startObject();
        for (Map.Entry<String, Series> entry : series.entrySet()) {
            json.name(entry.getKey()).startObject();
            for (String column : entry.getValue().names()) {
                writeArray(json.name(column), entry.getValue().column(column));
            }
            json.endObject();
        }
        json.endObject();
    }

    private static void writeGrids(JsonWriter json, Map<String, Grid> grids) {
        json.startObject();
        for (Map.Entry<String, Grid> entry : grids.entrySet()) {
            Grid grid = entry.getValue();
            json.name(entry.getKey()).startObject();
            writeArray(json.name("x"), grid.x());
            writeArray(json.name("y"), grid.y());
            json.name("z").startArray();
            for (int j = 0; j < grid.rows(); j++) {
                json.startArray();
                for (int i = 0; i < grid.columns(); i++) {
                    writeDouble(json, grid.z(i, j));
                }
                json.endArray();
            }
            json.endArray().endObject();
        }
        json.endObject();
    }

    private static void writeArray(JsonWriter json, double[] values) {
        json.startArray();
        for (double v : values) {
            writeDouble(json, v);
        }
        json.endArray();
    }

    private static void writeDouble(JsonWriter json, double v) {
        if (Double.isFinite(v)) {
            json.number(Numbers.shortest(v));
        } else {
            json.nullValue();
        }
    }
}
