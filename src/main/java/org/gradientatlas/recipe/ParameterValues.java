package org.gradientatlas.recipe;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses a parameter's text as its record component's type, independently of the default locale. */
final class ParameterValues {
    /** A decimal number as Java and Python write it ("0.05", "-5", "1e-3", ".5"), or a non-finite one. */
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?Infinity|NaN");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private ParameterValues() {
    }

    static Object parse(String name, Class<?> type, String text) {
        if (type == double.class || type == Double.class) {
            return parseDouble(name, text);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return parseInteger(name, type, text);
        }
        if (type == boolean.class || type == Boolean.class) {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.parseBoolean(text);
            }
            throw wrongType(name, "a boolean (true or false)", text);
        }
        if (type == String.class) {
            return text;
        }
        if (type.isEnum()) {
            return parseEnum(name, type, text);
        }
        throw new IllegalStateException("parameter " + name + " has an unsupported type " + type.getName());
    }

    private static double parseDouble(String name, String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw wrongType(name, "a number (double, e.g. 0.05 or 1e-3)", text);
        }
        return Double.parseDouble(text);
    }

    private static Object parseInteger(String name, Class<?> type, String text) {
        boolean isInt = type == int.class || type == Integer.class;
        String expected = isInt ? "an integer (int, -2147483648 to 2147483647)"
                : "an integer (long, -9223372036854775808 to 9223372036854775807)";
        if (!INTEGER.matcher(text).matches()) {
            throw wrongType(name, expected, text);
        }
        try {
            return isInt ? (Object) Integer.parseInt(text) : (Object) Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw wrongType(name, expected, text);
        }
    }

    private static Object parseEnum(String name, Class<?> type, String text) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        String names = String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList());
        throw wrongType(name, "one of " + names, text);
    }

    private static IllegalArgumentException wrongType(String name, String expected, String text) {
        return new IllegalArgumentException("parameter " + name + " expects " + expected + ", got '" + text + "'");
    }
}
