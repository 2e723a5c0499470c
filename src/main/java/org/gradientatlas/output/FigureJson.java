package org.gradientatlas.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.figure.Series;

/**
 * Writes {@code figures/<id>.json}: keys in the contract's order, objects one key a line, numeric arrays on
 * one line, doubles as the shortest text that reads back to the same double (non-finite values as null).
 */
public final class FigureJson {
    private FigureJson() {
    }

    public static String write(FigureData data) {
        return JsonText.of(false, json -> {
            json.writeStartObject();
            json.writeStringField("id", data.id());
            json.writeStringField("title", data.title());
            json.writeStringField("caption", data.caption());
            json.writeStringField("source", data.source());
            json.writeFieldName("seed");
            if (data.seed() == null) {
                json.writeNull();
            } else {
                json.writeNumber(data.seed());
            }
            writeValues(json, "params", data.params());
            writeValues(json, "metrics", data.metrics());
            writeSeries(json, data.series());
            writeGrids(json, data.grids());
            json.writeEndObject();
        });
    }

    private static void writeValues(JsonGenerator json, String name, Map<String, ?> values) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            json.writeFieldName(entry.getKey());
            writeValue(json, entry.getValue());
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Double || value instanceof Float) {
            writeDouble(json, ((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            json.writeNumber(number.longValue());
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }

    private static void writeSeries(JsonGenerator json, Map<String, Series> series) throws IOException {
        json.writeObjectFieldStart("series");
        for (Map.Entry<String, Series> entry : series.entrySet()) {
            json.writeObjectFieldStart(entry.getKey());
            for (String column : entry.getValue().names()) {
                json.writeFieldName(column);
                writeArray(json, entry.getValue().column(column));
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeGrids(JsonGenerator json, Map<String, Grid> grids) throws IOException {
        json.writeObjectFieldStart("grids");
        for (Map.Entry<String, Grid> entry : grids.entrySet()) {
            Grid grid = entry.getValue();
            json.writeObjectFieldStart(entry.getKey());
            json.writeFieldName("x");
            writeArray(json, grid.x());
            json.writeFieldName("y");
            writeArray(json, grid.y());
            json.writeArrayFieldStart("z");
            for (int j = 0; j < grid.rows(); j++) {
                double[] row = new double[grid.columns()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = grid.z(i, j);
                }
                writeArray(json, row);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeArray(JsonGenerator json, double[] values) throws IOException {
        json.writeStartArray();
        for (double v : values) {
            writeDouble(json, v);
        }
        json.writeEndArray();
    }

    private static void writeDouble(JsonGenerator json, double v) throws IOException {
        if (Double.isFinite(v)) {
            json.writeNumber(Numbers.shortest(v));
        } else {
            json.writeNull();
        }
    }
}
