package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.SizePreset;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;

/** Every figure at every size preset passes the {@link LayoutAudit}; see docs/layout.md. */
class FigureLayoutAuditTest {

    @Test
    void everyFigureAtEveryPresetIsReadable() {
        List<String> problems = new ArrayList<>();
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            Figure figure = recipe.computeDefault();
            for (SizePreset preset : SizePreset.values()) {
                for (String problem : LayoutAudit.problems(preset.apply(figure))) {
                    problems.add(figure.id() + " at " + preset.label() + ": " + problem);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
