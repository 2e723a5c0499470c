package org.gradientatlas.recipe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a parameter record's components, in declaration order, for the data file's {@code params}. */
public final class RecordParameters {
    private RecordParameters() {
    }

    public static Map<String, Object> asMap(Record params) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : params.getClass().getRecordComponents()) {
            values.put(component.getName(), read(component, params));
        }
        return values;
    }

    private static Object read(RecordComponent component, Record params) {
        try {
            return component.getAccessor().invoke(params);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read parameter " + component.getName(), e);
        }
    }
}
