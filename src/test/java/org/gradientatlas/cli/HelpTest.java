package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command has --help and --version, and every option says what it does and its default. */
class HelpTest {
    @Test
    void everyOptionOfEveryCommandHasADescriptionAndShowsItsDefault() {
        CommandLine root = GradientAtlasCommand.commandLine();
        for (Map.Entry<String, CommandLine> command : root.getSubcommands().entrySet()) {
            if (command.getKey().equals("help")) {
                continue;
            }
            for (OptionSpec option : command.getValue().getCommandSpec().options()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                String description = String.join(" ", option.description());
                assertThat(description).as("%s %s", command.getKey(), option.longestName()).isNotBlank()
                        .contains("default");
            }
        }
    }

    @Test
    void helpAndVersionOnEveryCommand() {
        CommandLineRun cli = new CommandLineRun();
        for (String command : GradientAtlasCommand.commandLine().getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            assertThat(cli.run(command, "--help")).as(command).isZero();
            assertThat(cli.out.toString()).as(command).contains("Usage: gradient-atlas " + command);
            assertThat(cli.run(command, "--version")).as(command).isZero();
            assertThat(cli.out.toString()).as(command).startsWith("Gradient Atlas ");
        }
    }
}
