package org.gradientatlas.preview;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gradientatlas.classes.ClassGraph;
import org.gradientatlas.classes.ClassIndex;

/**
 * One snapshot of the classes directory made loadable: the classes that differ from the host's (and those that must
 * be loaded with them) defined by a fresh {@link GenerationLoader}, and that generation's {@link Workshop}.
 */
final class Generation {
    static final String HOST_PACKAGE = Generation.class.getPackageName();
    static final String WORKSHOP = "org.gradientatlas.preview.generation.PipelineWorkshop";
    static final String REGISTRY = "org.gradientatlas.recipe.RecipeRegistry";

    private final ClassGraph graph;
    private final GenerationLoader loader;

    private Generation(ClassGraph graph, GenerationLoader loader) {
        this.graph = graph;
        this.loader = loader;
    }

    /** A generation for {@code index}: it owns what changed since {@code baseline}, the host's own class bytes. */
    static Generation of(ClassIndex index, Map<String, String> baseline, ClassLoader host, int number) {
        ClassGraph graph = new ClassGraph(index);
        Set<String> owned = graph.ownedByNewLoader(graph.changedSince(baseline), HOST_PACKAGE);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        owned.forEach(name -> bytes.put(name, index.classes().get(name).bytes()));
        return new Generation(graph, new GenerationLoader("preview-generation-" + number, host, bytes));
    }

    /** The generation's workshop, loaded (and its classes linked) by its own loader. */
    Workshop workshop() throws ReflectiveOperationException {
        return (Workshop) Class.forName(WORKSHOP, true, loader).getConstructor().newInstance();
    }

    /**
     * A digest of every class a figure's rendering can reach: its recipe's classes and the pipeline's (the
     * registry itself counts, but not the other recipes it lists).
     */
    String inputsDigest(String recipeClass) {
        return graph.digest(graph.reachable(java.util.List.of(recipeClass, WORKSHOP), Set.of(REGISTRY)));
    }
}
