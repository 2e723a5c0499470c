package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids become file names and page slugs: kebab-case only, so that no id can name a path outside the output. */
class RecipeIdsTest {
    @Test
    void everyRegisteredIdIsKebabCaseAndUnique() {
        assertThat(RecipeRegistry.ids()).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }
}
