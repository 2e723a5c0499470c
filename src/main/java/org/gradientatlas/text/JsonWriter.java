package org.gradientatlas.text;

/**
 * The project's JSON layout, in pure Java for the JVM and the browser: objects one key a line indented by two spaces,
 * "key": value, arrays either on one line ([1,2,3]) or one item a line, empty ones as { } and [ ], "\n" line ends and
 * a final newline. These are the bytes Jackson 2.17's DefaultPrettyPrinter wrote with those settings, which the
 * committed data files hold; {@code JsonWriterTest} compares the two.
 */
public final class JsonWriter {
    private static final int MAX_DEPTH = 64;
    private final StringBuilder out = new StringBuilder();
    private final boolean arrayItemALine;
    /** Per open container: whether it is an array, and how many items or keys it has so far. */
    private final boolean[] isArray = new boolean[MAX_DEPTH];
    private final int[] count = new int[MAX_DEPTH];
    private int depth;
    /** Indentation level: objects always indent, arrays only one item a line. */
    private int nesting;
    private boolean afterName;

    /** @param arrayItemALine one array item a line (short lists) rather than all on one line (numeric columns) */
    public JsonWriter(boolean arrayItemALine) {
        this.arrayItemALine = arrayItemALine;
    }

    public JsonWriter startObject() {
        beforeValue();
        out.append('{');
        nesting++;
        return open(false);
    }

    public JsonWriter endObject() {
        nesting--;
        return close('}', true);
    }

    public JsonWriter startArray() {
        beforeValue();
        if (arrayItemALine) {
            nesting++;
        }
        out.append('[');
        return open(true);
    }

    public JsonWriter endArray() {
        if (arrayItemALine) {
            nesting--;
        }
        return close(']', arrayItemALine);
    }

    /** A key of the open object; its value follows. */
    public JsonWriter name(String name) {
        if (depth == 0 || isArray[depth - 1] || afterName) {
            throw new IllegalStateException("a key belongs in an object, before its value: " + name);
        }
        out.append(count[depth - 1]++ == 0 ? "" : ",");
        newLine();
        JsonStrings.quote(out, name);
        out.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter string(String value) {
        beforeValue();
        JsonStrings.quote(out, value);
        return this;
    }

    /** A number already written as JSON text (e.g. by {@code Numbers.shortest}), copied as it is. */
    public JsonWriter number(String text) {
        beforeValue();
        out.append(text);
        return this;
    }

    public JsonWriter number(long value) {
        return number(Long.toString(value));
    }

    public JsonWriter bool(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** The document with its final newline. */
    public String text() {
        if (depth != 0 || out.length() == 0) {
            throw new IllegalStateException("the document is not complete");
        }
        return out + "\n";
    }

    private JsonWriter open(boolean array) {
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
        }
        isArray[depth] = array;
        count[depth++] = 0;
        return this;
    }

    private JsonWriter close(char bracket, boolean indented) {
        if (depth == 0 || isArray[depth - 1] != (bracket == ']') || afterName) {
            throw new IllegalStateException("nothing to close with " + bracket);
        }
        if (count[--depth] == 0) {
            out.append(' ');
        } else if (indented) {
            newLine();
        }
        out.append(bracket);
        return this;
    }

    /** The separator before a value: none after a key; a comma (and a new line if arrays indent) in an array. */
    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth == 0) {
            if (out.length() > 0) {
                throw new IllegalStateException("one document holds one value");
            }
            return;
        }
        if (!isArray[depth - 1]) {
            throw new IllegalStateException("a value in an object needs a key first");
        }
        out.append(count[depth - 1]++ == 0 ? "" : ",");
        if (arrayItemALine) {
            newLine();
        }
    }

    private void newLine() {
        out.append('\n');
        for (int i = 0; i < nesting; i++) {
            out.append("  ");
        }
    }
}
