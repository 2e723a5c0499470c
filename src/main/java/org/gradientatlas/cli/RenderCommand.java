package org.gradientatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gradientatlas.figure.SizePreset;
import org.gradientatlas.output.FigureDirectory;
import org.gradientatlas.output.OutputLocation;
import org.gradientatlas.output.StaleFigures;
import org.gradientatlas.recipe.ClosestIds;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.render.OutputFormat;
import org.gradientatlas.render.ProgramFingerprint;
import org.gradientatlas.render.RenderCache;
import org.gradientatlas.render.RenderJob;
import org.gradientatlas.render.RenderOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code render <id>... | --all}: computes figures and writes {@code <id>.json} and the pictures. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Computes figures and writes <id>.json and <id>.svg (or the --format chosen) into the output"
            + " directory. Figures whose recipe, parameters, seed, options and program are unchanged since the last"
            + " run are not recomputed (see --cache, --force).",
            "Exit status: 0 done, 2 bad input (nothing written), 1 an I/O error."})
final class RenderCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Selection selection;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "figures",
            description = {"Output directory: new, empty, or one that already holds figures Gradient Atlas made; a file"
                + " of a figure's name that Gradient Atlas did not make is never overwritten (default:"
                + " ${DEFAULT-VALUE})."})
    Path out;

    @Option(names = "--seed", paramLabel = "N", converter = OptionValues.Seed.class,
            description = {"Random seed, 0 to 4294967295, for recipes that use randomness: an error for an ID whose"
                + " recipe has none; with --all it applies to those that have it (default: each recipe's own"
                + " seed)."})
    Long seed;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = {"Sets a recipe parameter (repeatable), e.g. --set learningRate=1e-3. With several ids it"
                + " applies to every one that has the parameter. `list --params` shows the parameters and their"
                + " defaults (default: the recipe's own values)."})
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "svg",
            converter = OptionValues.Format.class,
            description = {"Picture formats, comma-separated: svg, png (2x: 192 dpi, 2 pixels per CSS pixel), pdf"
                + " (vector, the figure's size in points, text as outlines); <id>.json is always written"
                + " (default: ${DEFAULT-VALUE})."})
    List<OutputFormat> formats = new ArrayList<>();

    @Option(names = "--size", paramLabel = "PRESET", defaultValue = "default", converter = OptionValues.Size.class,
            description = {"Where the figure goes: paper-column (3.3 in wide, 8 pt text), page (6.75 in, 9 pt),"
                + " slide (16:9, 13.33 x 7.5 in, 16 pt), web (600 pt = 800 CSS px, 12 pt) or default (as the"
                + " golden figures) (default: ${DEFAULT-VALUE})."})
    SizePreset size;

    @Mixin
    RunOptions run;

    static final class Selection {
        @Parameters(paramLabel = "ID", arity = "1..*", description = "Recipe ids, as `list` shows them.")
        List<String> ids;

        @Option(names = "--all", required = true,
                description = "Render every registered recipe instead of listing IDs (default: only the IDs given).")
        boolean all;
    }

    @Override
    public void run() {
        if (formats.isEmpty()) {
            String given = String.join(" ", spec.commandLine().getParseResult().matchedOption("--format")
                    .originalStringValues());
            throw ParameterErrors.badValue(spec.commandLine(), "--format", given, OptionValues.Format.ALLOWED);
        }
        List<Recipe<?>> recipes = selection.all ? RecipeRegistry.all() : resolve(selection.ids);
        if (seed != null && !selection.all) {
            requireRandomness(recipes);
        }
        List<RenderJob<?>> jobs = RenderJob.of(recipes, overrides, seed);
        FigureDirectory.check("--out", out, fileNames(jobs));
        OutputLocation.directory("--cache", run.cache);
        OutputLocation.outside("--cache", run.cache, "the output directory", out);
        Progress progress = Progress.forConsole(spec.commandLine().getOut(), run.quiet);
        RenderCache cache = new RenderCache(run.cache, ProgramFingerprint.current());
        try {
            FigureRun.Result result = new FigureRun(RenderOptions.of(formats, size), run.threads, cache, run.force,
                    progress).run(jobs, out);
            if (selection.all) {
                for (Path file : StaleFigures.remove(out, RecipeRegistry.ids())) {
                    progress.note("removed stale " + file + " (no recipe makes it any more)");
                }
            }
            progress.summary(result.rendered(), result.upToDate(), "into " + out);
        } catch (IOException e) {
            String what = jobs.size() == 1 ? jobs.get(0).id() : "figures";
            throw new UncheckedIOException("cannot write " + what + " into " + out + ": " + e.getMessage(), e);
        }
    }

    /** Every file this run writes into --out: each figure's JSON and pictures. */
    private List<String> fileNames(List<RenderJob<?>> jobs) {
        List<String> names = new ArrayList<>();
        for (RenderJob<?> job : jobs) {
            names.add(job.id() + ".json");
            formats.forEach(format -> names.add(job.id() + "." + format.extension()));
        }
        return names;
    }

    /** --seed given for IDs: each must use it, or the user would think it changed something. */
    private void requireRandomness(List<Recipe<?>> recipes) {
        List<String> seedless = recipes.stream().filter(r -> r.defaultSeed().isEmpty()).map(Recipe::id).toList();
        if (!seedless.isEmpty()) {
            throw new IllegalArgumentException("--seed " + seed + ": " + String.join(", ", seedless)
                    + (seedless.size() == 1 ? " uses" : " use") + " no randomness, so a seed changes nothing; leave"
                    + " --seed out for " + (seedless.size() == 1 ? "it" : "them"));
        }
    }

    static List<Recipe<?>> resolve(List<String> ids) {
        List<Recipe<?>> recipes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("recipe id '" + id + "' is given more than once; give each id"
                        + " once");
            }
            recipes.add(RecipeRegistry.find(id).orElseThrow(() -> unknownId(id)));
        }
        return recipes;
    }

    private static IllegalArgumentException unknownId(String id) {
        List<String> closest = ClosestIds.to(id, RecipeRegistry.ids());
        String hint = closest.isEmpty() ? "" : "; did you mean " + String.join(" or ", closest) + "?";
        return new IllegalArgumentException("unknown recipe id '" + id + "'" + hint + " (known ids: "
                + String.join(", ", RecipeRegistry.ids()) + ")");
    }
}
