package org.gradientatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientatlas.output.InterruptedRuns;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command chosen only after putting right what an interrupted run left in the figure directories it names
 * (see {@link InterruptedRuns}): a figure half replaced is completed, temporary files of dead runs are removed.
 */
final class RepairFirst implements CommandLine.IExecutionStrategy {
    /** The options that name figure directories, by command; diff's directories (BEFORE AFTER) count too. */
    private static final Map<String, List<String>> FIGURE_DIRECTORIES = Map.of("render", List.of("--out"),
            "build", List.of("--figures"), "diff", List.of("--figures"));

    @Override
    public int execute(ParseResult parsed) {
        ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        if (!command.isUsageHelpRequested() && !command.isVersionHelpRequested()) {
            CommandLine cli = command.commandSpec().commandLine();
            for (Path dir : figureDirectories(command.commandSpec())) {
                try {
                    InterruptedRuns.repair(dir).forEach(note -> cli.getErr().println("note: " + note));
                } catch (IOException e) {
                    throw new CommandLine.ExecutionException(cli, e.getMessage(), new UncheckedIOException(
                            "cannot repair what an interrupted run left in " + dir + ": " + e.getMessage(), e));
                }
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static List<Path> figureDirectories(CommandSpec spec) {
        List<Path> dirs = new ArrayList<>();
        List<ArgSpec> args = new ArrayList<>(spec.name().equals("diff") ? spec.positionalParameters() : List.of());
        for (String name : FIGURE_DIRECTORIES.getOrDefault(spec.name(), List.of())) {
            if (spec.findOption(name) != null) {
                args.add(spec.findOption(name));
            }
        }
        for (ArgSpec arg : args) {
            Object value = arg.getValue();
            if (value instanceof Path path) {
                dirs.add(path);
            } else if (value instanceof List<?> list) {
                list.stream().filter(Path.class::isInstance).map(Path.class::cast).forEach(dirs::add);
            }
        }
        return dirs;
    }
}
