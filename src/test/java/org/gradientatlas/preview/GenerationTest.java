package org.gradientatlas.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gradientatlas.classes.ClassGraph;
import org.gradientatlas.classes.ClassIndex;
import org.gradientatlas.recipe.autograd.GdQuadraticRecipe;
import org.gradientatlas.recipe.tango.TangoFig1Recipe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Change detection and class loading on a private copy of the compiled classes: a recompiled recipe is a changed
 * class, only the figures that reach it are stale, and a new generation runs the new code beside the host's.
 */
class GenerationTest {
    private static final String GD = GdQuadraticRecipe.class.getName();
    private static final String TANGO = TangoFig1Recipe.class.getName();

    @TempDir
    static Path temp;
    private static CompiledClasses copy;
    private static ClassIndex before;
    private static Map<String, String> baseline;

    @BeforeAll
    static void copyClasses() throws IOException {
        copy = CompiledClasses.copyInto(temp.resolve("classes"));
        before = ClassIndex.empty(copy.dir()).rescan();
        baseline = new LinkedHashMap<>();
        before.classes().forEach((name, file) -> baseline.put(name, file.sha256()));
    }

    private static Generation generation(ClassIndex index, int number) {
        return Generation.of(index, baseline, GenerationTest.class.getClassLoader(), number);
    }

    @Test
    void anUnchangedCopyLoadsNothingItselfAndRendersAsTheHostDoes() throws Exception {
        assertThat(new ClassGraph(before).changedSince(baseline)).isEmpty();
        Workshop workshop = generation(before, 1).workshop();
        assertThat(workshop.getClass().getClassLoader()).isSameAs(GenerationTest.class.getClassLoader());
        assertThat(workshop.recipes()).containsEntry("gd-1d-quadratic", GD).hasSize(19);
    }

    @Test
    void aRecompiledRecipeIsChangedAndOnlyTheFiguresReachingItAreStale() throws Exception {
        Path dir = temp.resolve("edited");
        CompiledClasses edited = CompiledClasses.copyInto(dir);
        edited.recompile(GdQuadraticRecipe.class, source -> source.replace("Plain gradient descent on f(x)",
                "Edited gradient descent on f(x)"));
        ClassIndex after = ClassIndex.empty(dir).rescan();
        assertThat(after.sameAs(before)).isFalse();
        Set<String> changed = new ClassGraph(after).changedSince(baseline);
        assertThat(changed).contains(GD).allMatch(name -> name.startsWith(GD));

        Generation old = generation(before, 1);
        Generation next = generation(after, 2);
        assertThat(next.inputsDigest(GD)).isNotEqualTo(old.inputsDigest(GD));
        assertThat(next.inputsDigest(TANGO)).isEqualTo(old.inputsDigest(TANGO));

        Workshop workshop = next.workshop();
        assertThat(workshop.getClass().getClassLoader()).isInstanceOf(GenerationLoader.class);
        Rendering rendering = workshop.render("gd-1d-quadratic");
        assertThat(rendering.error()).isNull();
        assertThat(rendering.json()).contains("Edited gradient descent on f(x)");
        // The host's own recipe is untouched: the new code lives in the generation only.
        assertThat(new GdQuadraticRecipe().computeDefault().data().caption()).startsWith("Plain gradient descent");
    }

    @Test
    void aNewLoaderOwnsTheChangedClassTheClassesNamingItAndItsPackageButNeverTheHostsOrTheUnaffected() {
        Set<String> owned = new ClassGraph(before).ownedByNewLoader(Set.of(GD), Generation.HOST_PACKAGE);
        assertThat(owned).contains(GD, TANGO, "org.gradientatlas.recipe.RecipeRegistry",
                "org.gradientatlas.report.FigurePageModel", Generation.WORKSHOP);
        assertThat(owned).noneMatch(name -> ClassGraph.packageOf(name).equals(Generation.HOST_PACKAGE));
        // The rendering pipeline does not name any recipe: it stays loaded once, warm.
        assertThat(owned).doesNotContain("org.gradientatlas.svg.SvgFigureWriter", "org.gradientatlas.figure.Figure",
                "org.gradientatlas.plot.FigurePainter");
    }

    @Test
    void reachabilityFollowsReferencesAndStopsAtTheRegistry() {
        ClassGraph graph = new ClassGraph(before);
        Set<String> reached = graph.reachable(java.util.List.of(GD, Generation.WORKSHOP), Set.of(Generation.REGISTRY));
        assertThat(reached).contains(GD, "org.gradientatlas.optim.QuadraticDescent", "org.gradientatlas.Atlas",
                "org.gradientatlas.svg.SvgFigureWriter", Generation.REGISTRY);
        assertThat(reached).doesNotContain(TANGO);
    }

    @Test
    void aRecipeThatThrowsIsARenderingWithItsErrorNotAnException() throws Exception {
        Path dir = temp.resolve("throwing");
        CompiledClasses edited = CompiledClasses.copyInto(dir);
        edited.recompile(GdQuadraticRecipe.class, source -> source.replace("    public Figure compute(Params p, long seed) {",
                "    public Figure compute(Params p, long seed) {\n        if (seed == 0) throw new IllegalStateException(\"boom\");"));
        Rendering rendering = generation(ClassIndex.empty(dir).rescan(), 3).workshop().render("gd-1d-quadratic");
        assertThat(rendering.ok()).isFalse();
        assertThat(rendering.error()).startsWith("IllegalStateException: boom (at GdQuadraticRecipe.compute, "
                + "GdQuadraticRecipe.java:");
    }
}
