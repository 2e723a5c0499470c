package org.gradientatlas.recipe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * The arguments of a parameter record's canonical constructor, one call per component in declaration order (see
 * {@link Parameters}): each call names the component, says its kind and how to read it from a record, and returns
 * the given value, or else the base record's. The calls also describe the record: what {@link Parameters} lists.
 *
 * @param <P> the parameter record
 */
public final class ParameterSource<P extends Record> {
    private final P base;
    private final Map<String, Object> given;
    private final List<Parameter<P>> described = new ArrayList<>();

    ParameterSource(P base, Map<String, Object> given) {
        this.base = base;
        this.given = given;
    }

    public double number(String name, ToDoubleFunction<P> reader) {
        return (Double) argument(new Parameter<P>(name, ParameterKind.NUMBER, List.of(), reader::applyAsDouble));
    }

    public int integer(String name, ToIntFunction<P> reader) {
        return (Integer) argument(new Parameter<P>(name, ParameterKind.INTEGER, List.of(), reader::applyAsInt));
    }

    public boolean bool(String name, Predicate<P> reader) {
        return (Boolean) argument(new Parameter<P>(name, ParameterKind.BOOLEAN, List.of(), reader::test));
    }

    /** One of {@code constants} (an enum's {@code values()}). */
    @SuppressWarnings("unchecked") // parse returns one of the constants, the reader one of type E
    public <E extends Enum<E>> E choice(String name, E[] constants, Function<P, E> reader) {
        return (E) argument(new Parameter<P>(name, ParameterKind.CHOICE, Arrays.asList(constants), reader));
    }

    private Object argument(Parameter<P> parameter) {
        if (described.stream().anyMatch(p -> p.name().equals(parameter.name()))) {
            throw new IllegalStateException("parameter " + parameter.name() + " is described twice");
        }
        described.add(parameter);
        return given.containsKey(parameter.name()) ? given.get(parameter.name()) : parameter.value(base);
    }

    /** The components described so far, in call order. */
    List<Parameter<P>> described() {
        return List.copyOf(described);
    }
}
