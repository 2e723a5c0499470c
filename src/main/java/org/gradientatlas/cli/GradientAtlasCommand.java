package org.gradientatlas.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar gradient-atlas.jar}: the command line's root. */
@Command(name = "gradient-atlas", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Regenerates figures of optimization papers and lectures from seeded recipes.",
        subcommands = {ListCommand.class, RenderCommand.class, SiteCommand.class, DiffCommand.class, BuildCommand.class, BenchCommand.class,
            PreviewCommand.class,
            CommandLine.HelpCommand.class})
public final class GradientAtlasCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // Before any thread starts, once: no library's default-locale formatting reaches a file or a message. The
        // writers do not rely on it (DeterminismTest, PdfLocaleTest); this covers code paths no test has seen.
        Locale.setDefault(Locale.ROOT);
        DrawingWarmUp.startFor(args);
        int status = commandLine().execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The configured command line, shared by main and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GradientAtlasCommand());
        cli.setExecutionExceptionHandler(new UserErrors());
        cli.setParameterExceptionHandler(new ParameterErrors());
        cli.setExecutionStrategy(new RepairFirst());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
