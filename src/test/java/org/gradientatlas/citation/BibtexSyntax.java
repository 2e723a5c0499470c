package org.gradientatlas.citation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small reader of one BibTeX entry, for tests: its type, key and fields, or an error naming what is wrong. */
record BibtexSyntax(String type, String key, Map<String, String> fields) {
    private static final Pattern HEAD = Pattern.compile("@([a-z]+)\\{([A-Za-z0-9:_-]+),");
    private static final Pattern FIELD = Pattern.compile("\\s*([a-z]+)\\s*=\\s*");

    static BibtexSyntax parse(String text) {
        String entry = text.strip();
        Matcher head = HEAD.matcher(entry);
        if (!head.lookingAt()) {
            throw new IllegalArgumentException("no @type{key, at the start of: " + entry);
        }
        if (!entry.endsWith("}")) {
            throw new IllegalArgumentException("entry does not end with }: " + entry);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int at = head.end();
        int end = entry.length() - 1;
        while (at < end) {
            Matcher field = FIELD.matcher(entry).region(at, end);
            if (!field.lookingAt()) {
                if (entry.substring(at, end).isBlank()) {
                    break;
                }
                throw new IllegalArgumentException("expected name = at: " + entry.substring(at));
            }
            int open = field.end();
            if (entry.charAt(open) != '{') {
                throw new IllegalArgumentException("field " + field.group(1) + " is not in braces");
            }
            int close = matchingBrace(entry, open);
            if (fields.put(field.group(1), entry.substring(open + 1, close)) != null) {
                throw new IllegalArgumentException("field " + field.group(1) + " twice");
            }
            at = close + 1;
            if (at < end && entry.charAt(at) == ',') {
                at++;
            }
        }
        return new BibtexSyntax(head.group(1), head.group(2), fields);
    }

    /** The index of the brace closing the one at {@code open}, skipping escaped braces. */
    static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces from: " + text.substring(open));
    }
}
