package org.gradientatlas.cli;

import java.io.PrintWriter;
import org.gradientatlas.figure.Numbers;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecordParameters;
import org.gradientatlas.recipe.RecipeRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code list}: every recipe's id, title and source. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Lists every figure recipe: id, title and source.")
final class ListCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--params", description = "Also list each recipe's parameters with their defaults, for"
            + " render --set (default: ${DEFAULT-VALUE}).")
    boolean params;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            out.println(recipe.id() + "\t" + recipe.title() + "\t" + recipe.source());
            if (params) {
                RecordParameters.asMap(recipe.defaultParams()).forEach((name, value) -> out.println("  " + name + "="
                        + (value instanceof Double d ? Numbers.shortest(d) : value)));
            }
        }
        out.flush();
    }
}
