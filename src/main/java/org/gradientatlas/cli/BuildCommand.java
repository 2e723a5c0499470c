package org.gradientatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.gradientatlas.Atlas;
import org.gradientatlas.recipe.RecipeRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code build}: what {@code mvn package} runs: every figure into the figures directory, then the site. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Renders every figure into the figures directory and builds the site (what mvn package runs).")
final class BuildCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--figures", paramLabel = "DIR", defaultValue = "figures",
            description = "Figures directory (default: ${DEFAULT-VALUE}).")
    Path figures;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site",
            description = "Site directory (default: ${DEFAULT-VALUE}).")
    Path site;

    @Override
    public void run() {
        try {
            int count = new Atlas().bake(RecipeRegistry.all(), figures, site).size();
            spec.commandLine().getOut().println("built " + count + " figures into " + figures + " and the site into " + site);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
