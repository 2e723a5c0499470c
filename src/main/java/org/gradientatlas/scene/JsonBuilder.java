package org.gradientatlas.scene;

import org.gradientatlas.figure.Numbers;

/**
 * Compact JSON text without a library (the browser build has no Jackson databind): doubles as {@link Numbers}
 * prints them, non-finite ones as null, keys in the order written. {@code "</"} is written {@code "<\/"} so that the
 * text can sit inside an HTML {@code <script>} element.
 */
final class JsonBuilder {
    private final StringBuilder out = new StringBuilder(1 << 16);
    /** Whether the innermost open object or array still has no member, one flag per nesting level. */
    private boolean[] empty = new boolean[16];
    private int depth;
    private boolean afterKey;

    JsonBuilder beginObject() {
        return open('{');
    }

    JsonBuilder endObject() {
        return close('}');
    }

    JsonBuilder beginArray() {
        return open('[');
    }

    JsonBuilder endArray() {
        return close(']');
    }

    JsonBuilder key(String name) {
        separate();
        string(name);
        out.append(':');
        afterKey = true;
        return this;
    }

    JsonBuilder value(String text) {
        separate();
        if (text == null) {
            out.append("null");
        } else {
            string(text);
        }
        return this;
    }

    JsonBuilder value(double v) {
        separate();
        out.append(Double.isFinite(v) ? Numbers.shortest(v) : "null");
        return this;
    }

    JsonBuilder value(long v) {
        separate();
        out.append(v);
        return this;
    }

    JsonBuilder value(boolean v) {
        separate();
        out.append(v);
        return this;
    }

    JsonBuilder numbers(double[] values) {
        beginArray();
        for (double v : values) {
            value(v);
        }
        return endArray();
    }

    JsonBuilder integers(int[] values) {
        beginArray();
        for (int v : values) {
            value(v);
        }
        return endArray();
    }

    JsonBuilder strings(String[] values) {
        beginArray();
        for (String v : values) {
            value(v);
        }
        return endArray();
    }

    String text() {
        if (depth != 0) {
            throw new IllegalStateException("JSON has " + depth + " unclosed objects or arrays");
        }
        return out.toString();
    }

    private JsonBuilder open(char bracket) {
        separate();
        out.append(bracket);
        if (++depth == empty.length) {
            empty = java.util.Arrays.copyOf(empty, 2 * depth);
        }
        empty[depth] = true;
        return this;
    }

    private JsonBuilder close(char bracket) {
        out.append(bracket);
        depth--;
        return this;
    }

    /** A comma before every member but the first; none after a key. */
    private void separate() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (depth > 0 && !empty[depth]) {
            out.append(',');
        }
        empty[depth] = false;
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '/' && i > 0 && text.charAt(i - 1) == '<') {
                out.append("\\/");
            } else if (c < 0x20) {
                out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
