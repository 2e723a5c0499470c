package org.gradientatlas.browser;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON object whose values are all strings ({@code {"learningRate": "0.1"}}), the parameters the page sends:
 * RFC 8259 syntax, names and values in the order given, a repeated name rejected.
 */
final class TextObjectJson {
    private final String json;
    private int at;

    private TextObjectJson(String json) {
        this.json = json;
    }

    static Map<String, String> parse(String json) {
        return new TextObjectJson(json).object();
    }

    private Map<String, String> object() {
        Map<String, String> values = new LinkedHashMap<>();
        expect('{');
        if (!next('}')) {
            do {
                String name = string();
                expect(':');
                if (values.put(name, string()) != null) {
                    throw bad("the parameter '" + name + "' is given twice");
                }
            } while (next(','));
            expect('}');
        }
        skipSpace();
        if (at != json.length()) {
            throw bad("text after the object");
        }
        return values;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = take();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw bad("a control character in a string");
            }
            out.append(c == '\\' ? escaped() : c);
        }
    }

    private char escaped() {
        char c = take();
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw bad("the escape \\" + c);
        };
    }

    private char unicode() {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(take(), 16);
            if (digit < 0) {
                throw bad("a \\u escape without four hex digits");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private boolean next(char c) {
        skipSpace();
        if (at < json.length() && json.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw bad("expected '" + c + "'");
        }
    }

    private char take() {
        if (at >= json.length()) {
            throw bad("the text ends early");
        }
        return json.charAt(at++);
    }

    private void skipSpace() {
        while (at < json.length() && " \t\r\n".indexOf(json.charAt(at)) >= 0) {
            at++;
        }
    }

    private IllegalArgumentException bad(String what) {
        return new IllegalArgumentException("the parameters are not a JSON object of texts (" + what + " at character "
                + at + ")");
    }
}
