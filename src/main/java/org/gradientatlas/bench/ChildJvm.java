package org.gradientatlas.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line in a fresh JVM: this JVM's java and class path, main class
 * {@code org.gradientatlas.cli.GradientAtlasCommand}. Used to time cold runs and to kill runs in the middle.
 */
public final class ChildJvm {
    static final String MAIN_CLASS = "org.gradientatlas.cli.GradientAtlasCommand";
    private final List<String> jvmOptions;

    public ChildJvm(List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** A child with the JVM's defaults, as {@code java -jar} runs it. */
    public static ChildJvm plain() {
        return new ChildJvm(List.of());
    }

    public List<String> command(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.addAll(args);
        return command;
    }

    /** Starts the child with its output going to {@code log} (stdout and stderr together). */
    public Process start(List<String> args, Path log) throws IOException {
        return new ProcessBuilder(command(args)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }
}
