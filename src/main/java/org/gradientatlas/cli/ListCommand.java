package org.gradientatlas.cli;

import java.io.PrintWriter;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code list}: every recipe's id, title and source. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Lists every figure recipe: id, title and source.")
final class ListCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            out.println(recipe.id() + "\t" + recipe.title() + "\t" + recipe.source());
        }
        out.flush();
    }
}
