package org.gradientatlas.recipe;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** A parameter record read and built by reflection, as the JVM sees it: what the descriptions are checked against. */
final class ReflectedRecord {
    private ReflectedRecord() {
    }

    /** Every component's value, in declaration order. */
    static Map<String, Object> values(Record record) throws ReflectiveOperationException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            values.put(component.getName(), component.getAccessor().invoke(record));
        }
        return values;
    }

    /** A record of {@code like}'s type from values in declaration order, through the canonical constructor. */
    @SuppressWarnings("unchecked")
    static <P extends Record> P build(P like, Map<String, Object> values) throws ReflectiveOperationException {
        RecordComponent[] components = like.getClass().getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = like.getClass().getDeclaredConstructor(types);
        canonical.setAccessible(true);
        try {
            return (P) canonical.newInstance(values.values().toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
