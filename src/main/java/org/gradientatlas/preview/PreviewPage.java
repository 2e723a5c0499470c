package org.gradientatlas.preview;

import java.util.Map;

/**
 * What the preview adds to a served HTML page, and only there (the site on disk stays as published): the figure's
 * error, if its recipe failed, and a script that reloads the page when the site's version changes.
 */
final class PreviewPage {
    static final String EVENTS_PATH = "/__preview/events";
    private static final String BANNER_STYLE = "background:#fde8e8;color:#6b0000;border:2px solid #b00020;"
            + "padding:0.75em 1em;margin:1em 0;white-space:pre-wrap;font-family:monospace";

    private PreviewPage() {
    }

    /**
     * The page with its additions.
     *
     * @param figureId the figure the page shows, or null for other pages
     * @param errors   figure id to its error, for every failing figure
     */
    static String decorate(String html, String figureId, Map<String, String> errors, String siteError, long version) {
        String banner = banner(figureId, errors, siteError);
        String withBanner = banner.isEmpty() ? html : insertAfter(html, "<main id=\"content\">", banner);
        return insertBefore(withBanner, "</body>", script(version));
    }

    /** A placeholder for a page not written yet (its figure never rendered, or the pages failed): the error. */
    static String missing(String figureId, Map<String, String> errors, String siteError, long version) {
        String title = figureId == null ? "Gradient Atlas" : escape(figureId);
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                + " · preview</title>\n</head>\n<body>\n<main id=\"content\">\n<h1>" + title
                + "</h1>\n<p>This page has not been written yet.</p>\n</main>\n</body>\n</html>\n";
        return decorate(page, figureId, errors, siteError, version);
    }

    private static String banner(String figureId, Map<String, String> errors, String siteError) {
        StringBuilder text = new StringBuilder();
        if (siteError != null) {
            text.append(siteError).append('\n');
        }
        if (figureId != null && errors.containsKey(figureId)) {
            text.append("The recipe of ").append(figureId).append(" failed: ").append(errors.get(figureId))
                    .append("\nShowing its last good figure (if any) until the recipe works again.");
        } else if (figureId == null && !errors.isEmpty()) {
            errors.forEach((id, error) -> text.append(id).append(" failed: ").append(error).append('\n'));
        }
        if (text.length() == 0) {
            return "";
        }
        return "\n<div id=\"preview-error\" role=\"alert\" style=\"" + BANNER_STYLE + "\">" + escape(text.toString().strip())
                + "</div>\n";
    }

    private static String script(long version) {
        return "<script>(function(){var v=\"" + version + "\";var s=new EventSource(\"" + EVENTS_PATH + "\");"
                + "s.addEventListener(\"version\",function(e){if(e.data!==v){s.close();location.reload();}});})();"
                + "</script>\n";
    }

    private static String insertAfter(String html, String marker, String addition) {
        int at = html.indexOf(marker);
        if (at < 0) {
            return insertAfterBody(html, addition);
        }
        return html.substring(0, at + marker.length()) + addition + html.substring(at + marker.length());
    }

    private static String insertAfterBody(String html, String addition) {
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        return end < 0 ? addition + html : html.substring(0, end + 1) + addition + html.substring(end + 1);
    }

    private static String insertBefore(String html, String marker, String addition) {
        int at = html.lastIndexOf(marker);
        return at < 0 ? html + addition : html.substring(0, at) + addition + html.substring(at);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
