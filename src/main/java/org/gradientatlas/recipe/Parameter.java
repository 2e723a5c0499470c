package org.gradientatlas.recipe;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.gradientatlas.figure.Numbers;

/**
 * One component of a recipe's parameter record, described without reflection (see {@link Parameters}).
 *
 * @param <P> the parameter record
 */
public final class Parameter<P extends Record> {
    private final String name;
    private final ParameterKind kind;
    private final List<? extends Enum<?>> constants;
    private final Function<P, ?> reader;

    Parameter(String name, ParameterKind kind, List<? extends Enum<?>> constants, Function<P, ?> reader) {
        this.name = name;
        this.kind = kind;
        this.constants = List.copyOf(constants);
        this.reader = reader;
    }

    /** The record component's name, which {@code --set} and the URL use. */
    public String name() {
        return name;
    }

    public ParameterKind kind() {
        return kind;
    }

    /** A choice's values as {@code --set} takes them (lower case), in declaration order; empty for other kinds. */
    public List<String> choices() {
        return constants.stream().map(Parameter::choiceText).toList();
    }

    /** The component's value in {@code params}: an Integer, Double, Boolean or enum constant. */
    public Object value(P params) {
        return reader.apply(params);
    }

    /** The value as {@code --set} accepts it: 0.001, 100000, true, disc. */
    public String text(P params) {
        Object value = value(params);
        return value instanceof Double d ? Numbers.shortest(d)
                : value instanceof Enum<?> constant ? choiceText(constant) : String.valueOf(value);
    }

    /**
     * The value {@code text} spells, locale-free.
     *
     * @throws IllegalArgumentException naming the parameter, what it expects and the text
     */
    public Object parse(String text) {
        return switch (kind) {
            case NUMBER -> ParameterText.number(name, text);
            case INTEGER -> ParameterText.integer(name, text);
            case BOOLEAN -> ParameterText.bool(name, text);
            case CHOICE -> ParameterText.choice(name, constants, text);
        };
    }

    static String choiceText(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
