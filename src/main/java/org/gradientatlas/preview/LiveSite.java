package org.gradientatlas.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.gradientatlas.classes.ClassGraph;
import org.gradientatlas.classes.ClassIndex;

/**
 * The previewed site and the state behind it: which classes each figure was rendered from, its last good files and
 * its last error. On a change it loads a new {@link Generation}, re-renders only the figures whose classes changed
 * (first those whose own recipe class changed, then those that merely reach a changed class), republishes only those
 * whose files changed, and rewrites the pages after each wave. The figures' PNG and thumbnail follow in the
 * background. One change or one figure's images at a time: the entry points hold this object's lock.
 */
final class LiveSite {
    private final PreviewOptions options;
    private final PrintStream out;
    private final Consumer<String> pagesWritten;
    private final BooleanSupplier changeWaiting;
    private final ClassLoader host = LiveSite.class.getClassLoader();
    private final Map<String, String> baseline = new LinkedHashMap<>();
    private final FigureRenders renders;
    private volatile Map<String, FigureState> figures = Map.of();
    private volatile String recipesError;
    private volatile String pagesError;
    private volatile long classesWritten;
    private ClassIndex index;
    private int generations;
    private Workshop latest;

    /**
     * @param pagesWritten  called with what was written whenever the pages on disk changed
     * @param changeWaiting whether a newer change waits: follow-up work then waits for it instead of delaying it
     */
    LiveSite(PreviewOptions options, PrintStream out, Consumer<String> pagesWritten, BooleanSupplier changeWaiting) {
        this.options = options;
        this.out = out;
        this.pagesWritten = pagesWritten;
        this.changeWaiting = changeWaiting;
        this.renders = new FigureRenders(options, out, changeWaiting);
        this.index = ClassIndex.empty(options.classes());
    }

    /** The first build: every figure, from the classes directory as it is now, with its images. */
    synchronized void build() throws IOException {
        index = index.rescan();
        if (index.classes().isEmpty()) {
            throw new IllegalArgumentException("no compiled classes of Gradient Atlas in " + options.classes()
                    + ": run mvn compile first, or give --classes DIR");
        }
        baseline.putAll(index.shasAsLoadedBy(host));
        Files.createDirectories(options.site().resolve("figures"));
        rebuild(Set.of());
        boolean[] any = {false};
        renders.imagesNow((workshop, rendering, images) -> any[0] |= publishImages(workshop, rendering, images));
        if (any[0]) {
            writePages(latest, "PNG downloads and thumbnails");
        }
    }

    /**
     * After a change under the classes directory: re-renders the figures it affects, if any class changed. Returns
     * false, changing nothing, while a class file is still being written, unless {@code evenIfBroken}.
     */
    synchronized boolean classesChanged(boolean evenIfBroken) throws IOException {
        ClassIndex now = index.rescan();
        if (!now.complete() && !evenIfBroken) {
            return false;
        }
        if (now.sameAs(index)) {
            return true;
        }
        Set<String> changedNow = new ClassGraph(now).changedSince(index.shas());
        classesWritten = changedNow.stream().mapToLong(name -> now.classes().get(name).modified()).max().orElse(0);
        index = now;
        rebuild(changedNow);
        return true;
    }

    /** After a change under templates/: the pages again, from the figures' models. */
    synchronized void templatesChanged() {
        classesWritten = 0;
        try {
            latest = Generation.of(index, baseline, host, ++generations).workshop();
            writePages(latest, "pages from the templates");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            pagesError = report("cannot load the site builder: " + FailureLine.of(e));
            pagesWritten.accept("an error");
        }
    }

    /** Makes the images of the figures published without them in the background, then writes them and the pages. */
    void startImages() {
        renders.imagesLater(this::writeImages);
    }

    private synchronized void writeImages(Workshop workshop, Rendering rendering, Object images) {
        if (publishImages(workshop, rendering, images)) {
            writePages(latest, "the PNG download and thumbnail of " + rendering.id());
        }
    }

    /** Writes a figure's files with its images, if that rendering is still the figure's current one. */
    private boolean publishImages(Workshop workshop, Rendering rendering, Object images) {
        FigureState state = renders.withImages(workshop, rendering, images, figures.get(rendering.id()));
        if (state != null) {
            Map<String, FigureState> next = new LinkedHashMap<>(figures);
            next.put(rendering.id(), state);
            figures = next;
        }
        return state != null;
    }

    private void rebuild(Set<String> changedNow) {
        String before = problems();
        Generation generation = Generation.of(index, baseline, host, ++generations);
        Map<String, String> recipes;
        try {
            latest = generation.workshop();
            recipes = latest.recipes();
            recipesError = null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            recipesError = report("cannot load the recipes: " + FailureLine.of(e) + "; keeping the last good figures");
            if (!problems().equals(before)) {
                pagesWritten.accept("an error");
            }
            return;
        }
        Map<String, FigureState> next = new LinkedHashMap<>();
        List<String> first = new ArrayList<>();
        List<String> then = new ArrayList<>();
        recipes.forEach((id, recipeClass) -> {
            FigureState state = figures.getOrDefault(id, FigureState.NEW);
            next.put(id, state);
            if (!state.inputsDigest().equals(generation.inputsDigest(recipeClass))) {
                (ownClassChanged(recipeClass, changedNow) ? first : then).add(id);
            }
        });
        boolean listChanged = !next.keySet().equals(figures.keySet());
        figures = next;
        wave(generation, recipes, first, listChanged, before);
        if (!first.isEmpty() && changeWaiting.getAsBoolean()) {
            return; // the rest keep their old inputs digest, so the next rebuild renders them
        }
        wave(generation, recipes, then, false, problems());
    }

    /** Renders one wave of figures and, when a reader would see a difference, writes the pages. */
    private void wave(Generation generation, Map<String, String> recipes, List<String> ids, boolean changed,
                      String problemsBefore) {
        Map<String, FigureState> next = new LinkedHashMap<>(figures);
        List<FigureState> settled = renders.render(latest, ids, next, id -> generation.inputsDigest(recipes.get(id)));
        for (int i = 0; i < ids.size(); i++) {
            changed |= settled.get(i).page() != next.get(ids.get(i)).page();
            next.put(ids.get(i), settled.get(i));
        }
        figures = next;
        if (changed || !problems().equals(problemsBefore)) {
            writePages(latest, "pages of " + String.join(", ", ids));
        }
    }

    /** Whether the recipe's own class (or one nested in it, like its Params) is among the changed classes. */
    private static boolean ownClassChanged(String recipeClass, Set<String> changed) {
        return changed.stream().anyMatch(c -> c.equals(recipeClass) || c.startsWith(recipeClass + "$"));
    }

    private void writePages(Workshop workshop, String what) {
        List<FigurePage> pages = figures.values().stream().map(FigureState::page).filter(p -> p != null).toList();
        try {
            workshop.writePages(pages, options.site(), options.templates(), options.version(), options.commit());
            pagesError = null;
        } catch (IOException | RuntimeException | LinkageError e) {
            pagesError = report("cannot write the pages: " + FailureLine.of(e) + "; showing the last good pages");
        }
        pagesWritten.accept(what);
    }

    /** Every current error as text, to tell whether a rebuild changed what the pages say. */
    private String problems() {
        return errors() + " " + recipesError + " " + pagesError;
    }

    private String report(String message) {
        out.println("preview: " + message);
        return message;
    }

    /** When the newest class file of the last change was written (epoch milliseconds), or 0. */
    long classesWritten() {
        return classesWritten;
    }

    /** Figure id to the error of its last rendering, for figures whose last rendering failed. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        figures.forEach((id, state) -> {
            if (state.error() != null) {
                errors.put(id, state.error());
            }
        });
        return errors;
    }

    /** What keeps every page from being current (the recipes or the templates failed), or null. */
    String siteError() {
        return recipesError != null ? recipesError : pagesError;
    }

    void close() {
        renders.close();
    }
}
