package org.gradientatlas.citation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A citation as one BibTeX entry: fields in a fixed order, text fields with LaTeX's special characters escaped,
 * the title in double braces so BibTeX styles keep its capitals. Plain ASCII in, plain ASCII out.
 */
final class BibtexEntry {
    private BibtexEntry() {
    }

    static String of(Citation c) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!c.authors().isEmpty()) {
            fields.put("author", String.join(" and ", c.authors().stream().map(BibtexEntry::author).toList()));
        }
        fields.put("title", "{" + escape(c.title()) + "}");
        switch (c.type()) {
            case ARTICLE -> fields.put("journal", escape(c.container()));
            case INPROCEEDINGS -> fields.put("booktitle", escape(c.container()));
            case MISC -> {
                if (!c.container().isEmpty()) {
                    fields.put("howpublished", escape(c.container()));
                }
            }
        }
        c.year().ifPresent(y -> fields.put("year", Integer.toString(y)));
        if (!c.arxivId().isEmpty()) {
            fields.put("eprint", c.arxivId());
            fields.put("archiveprefix", "arXiv");
        }
        if (!c.url().isEmpty()) {
            fields.put("url", c.url());
        }
        if (!c.note().isEmpty()) {
            fields.put("note", escape(c.note()));
        }
        StringBuilder entry = new StringBuilder("@").append(c.type().bibtexName()).append('{').append(c.key());
        fields.forEach((name, value) -> entry.append(",\n  ").append(name).append(" = {").append(value).append('}'));
        return entry.append("\n}\n").toString();
    }

    /** "Family, Given" as it is; an organisation ("Name, ") in braces, so BibTeX does not split it into names. */
    private static String author(String name) {
        return name.endsWith(", ") ? "{" + escape(name.substring(0, name.length() - 2)) + "}" : escape(name);
    }

    /** LaTeX's special characters in running text; URLs stay as they are (url fields are verbatim). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(ch);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
