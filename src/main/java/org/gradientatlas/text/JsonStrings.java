package org.gradientatlas.text;

/**
 * JSON string literals escaped as Jackson escapes them by default: quote, backslash and the control characters below
 * U+0020 (\b \t \n \f \r by name, the rest as backslash, u, 00 and two upper-case hex digits); everything else,
 * DEL, U+2028, U+2029 and lone surrogates included, as it is (the files are UTF-8, which JSON allows).
 */
final class JsonStrings {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonStrings() {
    }

    static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                out.append(c);
            } else {
                out.append('\\').append(switch (c) {
                    case '"' -> "\"";
                    case '\\' -> "\\";
                    case '\b' -> "b";
                    case '\t' -> "t";
                    case '\n' -> "n";
                    case '\f' -> "f";
                    case '\r' -> "r";
                    default -> "u00" + HEX[c >> 4] + HEX[c & 0xf];
                });
            }
        }
        out.append('"');
    }
}
