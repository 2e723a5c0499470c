package org.gradientatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns expected failures into one clear line and exit status 2 (bad input) or 1 (I/O); never a stack trace. */
final class UserErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof IllegalArgumentException) {
            cli.getErr().println("error: " + oneLine(e.getMessage()));
            return 2;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            cli.getErr().println("error: " + oneLine(IoErrorText.of(e)));
            return 1;
        }
        cli.getErr().println("internal error: " + e);
        return 70;
    }

    /** Messages of libraries may span lines; the user gets one. */
    static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
