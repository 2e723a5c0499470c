package org.gradientatlas.cli;

import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.recipe.ClosestIds;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad command-line input as one line instead of picocli's whole usage: the option, the value and what is allowed,
 * then where the help is; exit status 2. Unknown commands and options get suggestions only when one is close.
 */
final class ParameterErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("error: " + UserErrors.oneLine(message(e)) + "; see "
                + cli.getCommandSpec().qualifiedName() + " --help");
        cli.getErr().flush();
        return 2;
    }

    /** A bad value named as the handler names it, for checks made after parsing (e.g. an empty --format list). */
    static ParameterException badValue(CommandLine cli, String option, String value, String allowed) {
        return new ParameterException(cli, invalid(option, value, allowed));
    }

    private static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(e.getCommandLine(), unmatched.getUnmatched());
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && arg.isOption()) {
            return invalid(((OptionSpec) arg).longestName(), e.getValue(), allowed(e));
        }
        if (e.getCommandLine().getCommandName().equals("render") && (e instanceof CommandLine.MissingParameterException
                || e instanceof CommandLine.MutuallyExclusiveArgsException)) {
            return "give recipe IDs (as `list` shows them) or --all, not both";
        }
        return e.getMessage().replaceFirst("^Error: ", "");
    }

    private static String invalid(String option, String value, String allowed) {
        return "invalid value '" + value + "' for " + option + ": expected " + allowed;
    }

    /** Our converters say what is allowed; for picocli's own, the message after its "Invalid value ..." part. */
    private static String allowed(ParameterException e) {
        if (e.getCause() instanceof TypeConversionException conversion) {
            return conversion.getMessage();
        }
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    private static String unmatched(CommandLine cli, List<String> unmatched) {
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        List<String> commands = new ArrayList<>(cli.getSubcommands().keySet());
        if (!commands.isEmpty() && !first.startsWith("-")) {
            return "unknown command '" + first + "'" + hint(ClosestIds.to(first, commands)) + " (commands: "
                    + String.join(", ", commands) + ")";
        }
        List<String> options = new ArrayList<>();
        cli.getCommandSpec().options().forEach(o -> options.add(o.longestName()));
        String what = first.startsWith("-") ? "unknown option '" : "unexpected argument '";
        return what + first + "'" + (first.startsWith("-") ? hint(ClosestIds.to(first, options)) : "");
    }

    private static String hint(List<String> closest) {
        return closest.isEmpty() ? "" : "; did you mean " + String.join(" or ", closest) + "?";
    }
}
