package org.gradientatlas.report;

import java.util.Arrays;
import java.util.Optional;
import org.gradientatlas.citation.Citation;
import org.gradientatlas.citation.Work;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;

/**
 * The papers and lectures the figures come from, for grouping the gallery: a figure belongs to its recipe's
 * {@link Work}; a figure no registered recipe makes, to the work whose reference its source is, else to "Other
 * figures".
 */
final class SourceGroups {
    record Group(String slug, String title, String description, Optional<Citation> citation) {
    }

    static final Group OTHER = new Group("other", "Other figures", "", Optional.empty());

    private SourceGroups() {
    }

    static Group of(FigureData data) {
        return work(data).map(w -> new Group(w.slug(), w.groupTitle(), w.groupDescription(),
                Optional.of(w.citation()))).orElse(OTHER);
    }

    static Optional<Work> work(FigureData data) {
        Optional<Work> registered = RecipeRegistry.find(data.id()).map(Recipe::work);
        if (registered.isPresent()) {
            return registered;
        }
        return Arrays.stream(Work.values()).filter(w -> w.citation().reference().equals(data.source())).findFirst();
    }
}
