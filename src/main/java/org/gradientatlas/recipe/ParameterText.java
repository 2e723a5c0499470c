package org.gradientatlas.recipe;

import java.util.List;
import org.gradientatlas.text.DecimalParser;

/** Parses a parameter's text as its kind, independently of the default locale; errors name the parameter. */
final class ParameterText {
    private static final String INT_RANGE = "an integer (int, -2147483648 to 2147483647)";

    private ParameterText() {
    }

    /** A decimal number as Java and Python write it ("0.05", "-5", "1e-3", ".5"), or a non-finite one. */
    static double number(String name, String text) {
        try {
            return DecimalParser.parseDouble(text);
        } catch (NumberFormatException e) {
            throw wrongType(name, "a number (double, e.g. 0.05 or 1e-3)", text);
        }
    }

    /** [+-]?[0-9]+ within the int range. */
    static int integer(String name, String text) {
        int start = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        boolean digits = text.length() > start;
        for (int i = start; i < text.length(); i++) {
            digits &= text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        try {
            if (digits) {
                return Integer.parseInt(text);
            }
        } catch (NumberFormatException e) {
            // out of range: said below
        }
        throw wrongType(name, INT_RANGE, text);
    }

    static boolean bool(String name, String text) {
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        throw wrongType(name, "a boolean (true or false)", text);
    }

    /** One of the constants' names, in any case. */
    static Enum<?> choice(String name, List<? extends Enum<?>> constants, String text) {
        for (Enum<?> constant : constants) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw wrongType(name, "one of " + String.join(", ", constants.stream().map(Parameter::choiceText).toList()),
                text);
    }

    private static IllegalArgumentException wrongType(String name, String expected, String text) {
        return new IllegalArgumentException("parameter " + name + " expects " + expected + ", got '" + text + "'");
    }
}
