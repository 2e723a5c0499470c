package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start of a command completes the figure set that a dead run's journal names in the directories the command
 * is given, even when the command itself then fails (an unknown id), and says so on standard error; asking for
 * help touches nothing.
 */
class RepairFirstTest {
    @TempDir
    Path dir;

    @Test
    void renderAndDiffRepairTheirFigureDirectoriesFirstWhileHelpTouchesNothing() throws Exception {
        String[][] commands = {
            {"render", "no-such-figure", "--out", "DIR"},
            {"build", "--figures", "DIR", "--site", dir.resolve("no/site").toString(), "--help"},
            {"diff", "DIR", "DIR", "--out", dir.resolve("review").toString()},
        };
        for (String[] command : commands) {
            Path figures = Files.createDirectories(dir.resolve(command[0]));
            long dead = deadPid();
            Files.writeString(figures.resolve("fig.svg"), "old");
            Files.writeString(figures.resolve(".fig.svg." + dead + "-1.tmp"), "new");
            Files.writeString(figures.resolve(".fig." + dead + ".journal"), "gradient-atlas figure set 1\nid fig\n"
                    + "owner " + dead + " -\nput " + sha256("new") + " 1 fig.svg\n");
            Files.writeString(figures.resolve(".other.json." + dead + "-1.tmp"), "staged, never committed");
            for (int i = 0; i < command.length; i++) {
                command[i] = command[i].equals("DIR") ? figures.toString() : command[i];
            }
            CommandLineRun cli = new CommandLineRun();
            cli.run(command);
            boolean help = command[command.length - 1].equals("--help");
            try (var files = Files.list(figures)) {
                assertThat(files.map(p -> p.getFileName().toString())).as(command[0])
                        .containsExactlyInAnyOrderElementsOf(help
                                ? java.util.List.of("fig.svg", ".fig.svg." + dead + "-1.tmp", ".fig." + dead + ".journal",
                                        ".other.json." + dead + "-1.tmp")
                                : java.util.List.of("fig.svg"));
            }
            assertThat(figures.resolve("fig.svg")).as(command[0]).hasContent(help ? "old" : "new");
            if (!help) {
                assertThat(cli.err.toString()).as(command[0]).contains("note: figure fig in " + figures
                        + ", interrupted while its files were replaced, is now complete");
            }
        }
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
