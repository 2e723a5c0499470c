package org.gradientatlas.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.gradientatlas.classes.ClassGraph;
import org.gradientatlas.classes.ClassIndex;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.recipe.autograd.GdQuadraticRecipe;
import org.gradientatlas.recipe.Recipe;
import org.junit.jupiter.api.Test;

class GenerationLoaderTest {
    @Test
    void definesTheClassesItOwnsItselfAndTakesEverythingElseFromItsParent() throws Exception {
        ClassLoader host = GenerationLoaderTest.class.getClassLoader();
        String name = GdQuadraticRecipe.class.getName();
        // Whole packages, as Generation chooses them (package-private access works only within one loader): the
        // recipe's own and the one of the Recipe interface.
        Map<String, byte[]> recipePackage = new TreeMap<>();
        ClassIndex.empty(CompiledClasses.mainClasses()).rescan().classes().forEach((className, file) -> {
            String pkg = ClassGraph.packageOf(className);
            if (pkg.equals(Recipe.class.getPackageName()) || pkg.equals(GdQuadraticRecipe.class.getPackageName())) {
                recipePackage.put(className, file.bytes());
            }
        });
        GenerationLoader loader = new GenerationLoader("test", host, recipePackage);
        assertThat(loader.owns(name)).isTrue();

        Class<?> own = loader.loadClass(name);
        assertThat(own).isNotSameAs(GdQuadraticRecipe.class);
        assertThat(own.getClassLoader()).isSameAs(loader);
        assertThat(loader.loadClass(name)).as("defined once").isSameAs(own);
        assertThat(loader.loadClass(Figure.class.getName())).isSameAs(Figure.class);
        assertThat(loader.loadClass(String.class.getName())).isSameAs(String.class);

        // Its types meet the host's where they are shared: the figure model is the host's.
        Object recipe = own.getConstructor().newInstance();
        assertThat(recipe).isNotInstanceOf(Recipe.class); // Recipe is in the owned package: the loader's own
        Object figure = own.getMethod("computeDefault").invoke(recipe);
        assertThat(figure).isInstanceOf(Figure.class);
        assertThat(((Figure) figure).data().caption()).startsWith("Plain gradient descent");
    }
}
