package org.gradientatlas.recipe;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter overrides given as text ({@code --set name=value}), checked against a recipe's parameter record: the
 * name must be one of its components and the text must parse as that component's type (locale-free). The record
 * is then built through its canonical constructor, whose checks reject out-of-range values.
 */
public final class ParameterOverrides {
    private ParameterOverrides() {
    }

    /** The parameter names of a record type, in declaration order. */
    public static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** Whether {@code type} has a parameter called {@code name}. */
    public static boolean has(Class<? extends Record> type, String name) {
        return names(type).contains(name);
    }

    /**
     * {@code defaults} with the given values replaced.
     *
     * @throws IllegalArgumentException naming the parameter: unknown name (listing the valid ones), a value of
     *                                  the wrong type (saying the type), or one the record rejects
     */
    public static <P extends Record> P apply(String recipeId, P defaults, Map<String, String> overrides) {
        Class<? extends Record> type = defaults.getClass();
        for (String name : overrides.keySet()) {
            if (!has(type, name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' for " + recipeId
                        + "; its parameters are: " + String.join(", ", names(type)));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>(RecordParameters.asMap(defaults));
        for (RecordComponent component : type.getRecordComponents()) {
            String text = overrides.get(component.getName());
            if (text != null) {
                values.put(component.getName(), ParameterValues.parse(component.getName(), component.getType(), text));
            }
        }
        return construct(defaults, values);
    }

    @SuppressWarnings("unchecked")
    private static <P extends Record> P construct(P defaults, Map<String, Object> values) {
        RecordComponent[] components = defaults.getClass().getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = defaults.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return (P) constructor.newInstance(values.values().toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw bad;
            }
            throw new IllegalStateException("cannot build " + defaults.getClass().getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + defaults.getClass().getName(), e);
        }
    }
}
