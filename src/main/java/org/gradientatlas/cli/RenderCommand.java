package org.gradientatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.Atlas;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.output.StaleFigures;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code render <id>... | --all}: computes figures and writes {@code <id>.svg} and {@code <id>.json}. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Computes figures and writes <id>.svg and <id>.json into the output directory.")
final class RenderCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Selection selection;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "figures",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", paramLabel = "N",
            description = "Random seed, 0 to 4294967295 (default: each recipe's own seed).")
    Long seed;

    static final class Selection {
        @Parameters(paramLabel = "ID", arity = "1..*", description = "Recipe ids, as `list` shows them.")
        List<String> ids;

        @Option(names = "--all", required = true, description = "Render every registered recipe.")
        boolean all;
    }

    @Override
    public void run() {
        List<Recipe<?>> recipes = selection.all ? RecipeRegistry.all() : resolve(selection.ids);
        if (seed != null && (seed < 0 || seed > 0xffffffffL)) {
            throw new IllegalArgumentException("--seed must be between 0 and 4294967295, got " + seed);
        }
        Atlas atlas = new Atlas();
        PrintWriter stdout = spec.commandLine().getOut();
        for (Recipe<?> recipe : recipes) {
            RenderedFigure figure = render(atlas, recipe);
            try {
                Atlas.writeFigure(figure, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + figure.id() + " into " + out, e);
            }
            stdout.println("rendered " + out.resolve(figure.id() + ".svg"));
        }
        if (selection.all) {
            removeStale(stdout);
        }
        stdout.flush();
    }

    private void removeStale(PrintWriter stdout) {
        try {
            for (Path file : StaleFigures.remove(out, RecipeRegistry.ids())) {
                stdout.println("removed stale " + file + " (no recipe makes it any more)");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot remove stale figures from " + out, e);
        }
    }

    private <P extends Record> RenderedFigure render(Atlas atlas, Recipe<P> recipe) {
        long s = seed != null ? seed : recipe.defaultSeed().orElse(0);
        return atlas.render(recipe, recipe.defaultParams(), s);
    }

    static List<Recipe<?>> resolve(List<String> ids) {
        List<Recipe<?>> recipes = new ArrayList<>();
        for (String id : ids) {
            recipes.add(RecipeRegistry.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "unknown recipe id '" + id + "'; known ids: " + String.join(", ", RecipeRegistry.ids()))));
        }
        return recipes;
    }
}
