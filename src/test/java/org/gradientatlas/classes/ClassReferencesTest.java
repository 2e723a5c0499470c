package org.gradientatlas.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.gradientatlas.recipe.autograd.GdQuadraticRecipe;
import org.junit.jupiter.api.Test;

class ClassReferencesTest {
    static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void namesTheProjectClassesARecipeUsesAndNoLibraryOrJdkClass() throws IOException {
        var names = ClassReferences.of(bytesOf(GdQuadraticRecipe.class));
        assertThat(names).contains("org.gradientatlas.recipe.autograd.GdQuadraticRecipe",
                "org.gradientatlas.recipe.autograd.GdQuadraticRecipe$Params", "org.gradientatlas.optim.QuadraticDescent",
                "org.gradientatlas.figure.Figure", "org.gradientatlas.figure.XYPanel");
        assertThat(names).allMatch(name -> name.startsWith("org.gradientatlas."));
        assertThat(names).doesNotContain("org.gradientatlas.recipe.tango.TangoFig1Recipe", "org.gradientatlas.Atlas");
    }

    @Test
    void typesOnlyInGenericSignaturesCount() throws IOException {
        // RecipeRegistry holds List<Recipe<?>>; Recipe<P> itself names its parameter record's bound only.
        assertThat(ClassReferences.of(bytesOf(org.gradientatlas.recipe.RecipeRegistry.class)))
                .contains("org.gradientatlas.recipe.Recipe", "org.gradientatlas.recipe.tango.TangoFig1Recipe");
    }

    @Test
    void aClassNameWrittenInAStringCounts() throws IOException {
        // The bench starts the CLI in a child JVM by its main class's name.
        assertThat(ClassReferences.of(bytesOf(org.gradientatlas.bench.ChildJvm.class)))
                .contains("org.gradientatlas.cli.GradientAtlasCommand");
    }

    @Test
    void utf8ConstantsHoldTheStringLiterals() throws IOException {
        assertThat(ClassReferences.utf8Constants(bytesOf(org.gradientatlas.bench.ChildJvm.class)))
                .contains("org.gradientatlas.cli.GradientAtlasCommand", "java.class.path");
    }

    @Test
    void aTruncatedOrForeignFileIsRefused() throws IOException {
        byte[] bytes = bytesOf(GdQuadraticRecipe.class);
        assertThatThrownBy(() -> ClassReferences.of(Arrays.copyOf(bytes, bytes.length / 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> ClassReferences.of("<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
