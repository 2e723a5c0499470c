package org.gradientatlas.cli;

import java.io.PrintWriter;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.Parameter;
import org.gradientatlas.recipe.Parameters;
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
                printDefaults(out, recipe.parameters());
            }
        }
        out.flush();
    }

    /** name=default, as {@code --set} takes it. */
    private static <P extends Record> void printDefaults(PrintWriter out, Parameters<P> parameters) {
        for (Parameter<P> parameter : parameters.list()) {
            out.println("  " + parameter.name() + "=" + parameter.text(parameters.defaults()));
        }
    }
}
