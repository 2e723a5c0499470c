package org.gradientatlas.recipe;

import java.util.OptionalLong;
import org.gradientatlas.citation.Work;
import org.gradientatlas.figure.Figure;

/**
 * One figure's recipe: a pure function of an immutable parameter record and a seed. No I/O, clock,
 * global random state or static mutable state, so the same inputs always give the same figure.
 *
 * @param <P> the recipe's parameter record; its components are the figure's parameters
 */
public interface Recipe<P extends Record> {

    /** Kebab-case id: the figure's file name, golden name and page slug. */
    String id();

    String title();

    /** The paper, lecture or notebook the figure comes from (docs/citations.md). */
    Work work();

    /** The work's formatted reference: what the site, the data file and {@code list} show as the source. */
    default String source() {
        return work().citation().reference();
    }

    P defaultParams();

    /**
     * The parameters, described without reflection for {@code --set}, {@code list}, the data file and the browser:
     * {@code Parameters.of(defaultParams(), Params::from)} (docs/adding-a-recipe.md).
     */
    Parameters<P> parameters();

    /** The seed used unless one is given, or empty when the recipe draws no random numbers. */
    OptionalLong defaultSeed();

    Figure compute(P params, long seed);

    /** Computes the figure with its default parameters and seed. */
    default Figure computeDefault() {
        return compute(defaultParams(), defaultSeed().orElse(0));
    }
}
