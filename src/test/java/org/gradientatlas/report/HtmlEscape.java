package org.gradientatlas.report;

/** Text as FreeMarker's HTML output format escapes it, to find a string in a rendered page. */
final class HtmlEscape {
    private HtmlEscape() {
    }

    static String text(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
