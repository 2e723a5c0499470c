package org.gradientatlas.recipe;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A recipe's default parameters with some components replaced: the input of the bad-parameter properties. */
record ParamsEdit(Recipe<?> recipe, Map<String, Object> values) {
    ParamsEdit {
        values = new LinkedHashMap<>(values);
    }

    /** The edited parameter record; its compact constructor's range checks throw as they would for a user. */
    Record params() throws Throwable {
        Record defaults = recipe.defaultParams();
        RecordComponent[] components = defaults.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            args[i] = values.containsKey(name) ? values.get(name) : components[i].getAccessor().invoke(defaults);
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = defaults.getClass().getDeclaredConstructor(types);
        canonical.setAccessible(true);
        try {
            return (Record) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The components of a recipe's parameter record that can be edited (numbers and booleans). */
    static List<RecordComponent> editable(Recipe<?> recipe) {
        return Arrays.stream(recipe.defaultParams().getClass().getRecordComponents())
                .filter(c -> c.getType() == double.class || c.getType() == int.class || c.getType() == boolean.class)
                .toList();
    }

    static Object defaultValue(Recipe<?> recipe, RecordComponent component) {
        try {
            return component.getAccessor().invoke(recipe.defaultParams());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(recipe.id());
        values.forEach((name, value) -> text.append(' ').append(name).append('=').append(value));
        return text.toString();
    }
}
