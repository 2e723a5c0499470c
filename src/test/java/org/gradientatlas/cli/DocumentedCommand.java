package org.gradientatlas.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code mvn} or {@code java -jar} command as text shows it, reduced to what makes it a different command:
 * Maven's goals (or the jar and its subcommand) and the option names, never their values.
 */
record DocumentedCommand(String program, Set<String> words, Set<String> options) {
    private static final Pattern START = Pattern.compile("(?<![\\w/.-])(mvn|java -jar)\\s");
    /** Where a command ends inside a line of shell: an operator, a redirection, a comment, a subshell's end. */
    private static final Pattern END = Pattern.compile("\\|\\||&&|[;|<>)`]|\\s#");

    /** Every command in a text: shell lines (continuations joined) or Markdown (code spans and blocks). */
    static List<DocumentedCommand> allIn(String text) {
        List<DocumentedCommand> commands = new ArrayList<>();
        for (String line : text.replace("\\\n", " ").split("\n")) {
            for (String span : line.split("`")) {
                Matcher start = START.matcher(span);
                while (start.find()) {
                    String rest = span.substring(start.start());
                    Matcher end = END.matcher(rest);
                    commands.add(of(end.find() ? rest.substring(0, end.start()) : rest));
                }
            }
        }
        return commands;
    }

    static DocumentedCommand of(String command) {
        List<String> tokens = new ArrayList<>();
        for (String token : command.trim().split("\\s+")) {
            tokens.add(token.replace("\"", "").replace("'", ""));
        }
        Set<String> words = new LinkedHashSet<>();
        Set<String> options = new LinkedHashSet<>();
        boolean maven = tokens.get(0).equals("mvn");
        int first = maven ? 1 : 2;
        if (!maven && tokens.size() > 2) {
            words.add(tokens.get(2));
            if (tokens.size() > 3 && !tokens.get(3).startsWith("-")) {
                words.add(tokens.get(3));
            }
            first = 3;
        }
        for (String token : tokens.subList(Math.min(first, tokens.size()), tokens.size())) {
            if (token.startsWith("-")) {
                options.add(token.contains("=") ? token.substring(0, token.indexOf('=')) : token);
            } else if (maven) {
                words.add(token);
            }
        }
        return new DocumentedCommand(maven ? "mvn" : "java -jar", words, options);
    }

    /** True when this documented command shows {@code used}: the same command, with at least its options. */
    boolean covers(DocumentedCommand used) {
        return program.equals(used.program) && words.equals(used.words) && options.containsAll(used.options);
    }

    @Override
    public String toString() {
        return program + " " + String.join(" ", words) + " " + String.join(" ", options);
    }
}
