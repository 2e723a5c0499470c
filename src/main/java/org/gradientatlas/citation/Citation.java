package org.gradientatlas.citation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A work a reader can find: who wrote it, what it is called, when and where it appeared. Fields a source does
 * not give are empty, never guessed; the note then says what is missing.
 *
 * @param key       the BibTeX key, e.g. {@code ollivier2017tango}
 * @param type      the BibTeX entry type
 * @param authors   "Family, Given" each; empty when the source names no author
 * @param title     the work's title as the work gives it
 * @param year      the year it appeared, or empty when the source gives none
 * @param container the journal, proceedings, course or site it appeared in ("" when none)
 * @param url       where to read it ("" when the source gives no address)
 * @param arxivId   the arXiv identifier, e.g. {@code 1712.08449} ("" when none)
 * @param note      what else a reader needs: the version followed, what the source leaves out ("" when nothing)
 */
public record Citation(String key, EntryType type, List<String> authors, String title, Optional<Integer> year,
                       String container, String url, String arxivId, String note) {
    /** The BibTeX entry types used, with the fields each requires. */
    public enum EntryType {
        ARTICLE("article", List.of("author", "title", "journal", "year")),
        INPROCEEDINGS("inproceedings", List.of("author", "title", "booktitle", "year")),
        MISC("misc", List.of("title"));

        private final String bibtexName;
        private final List<String> requiredFields;

        EntryType(String bibtexName, List<String> requiredFields) {
            this.bibtexName = bibtexName;
            this.requiredFields = requiredFields;
        }

        public String bibtexName() {
            return bibtexName;
        }

        public List<String> requiredFields() {
            return requiredFields;
        }
    }

    public Citation {
        Objects.requireNonNull(type, "type");
        authors = List.copyOf(authors);
        Objects.requireNonNull(year, "year");
        for (String field : new String[] {key, title, container, url, arxivId, note}) {
            Objects.requireNonNull(field, "citation fields are never null, use \"\"");
        }
        if (!isKey(key)) {
            throw new IllegalArgumentException("a citation key is lower-case letters, digits and '-', got " + key);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("a citation needs a title");
        }
        for (String author : authors) {
            if (!author.contains(", ")) {
                throw new IllegalArgumentException("an author is written \"Family, Given\", got " + author);
            }
        }
    }

    /**
     * The reference for people, e.g. {@code Y. Ollivier, "True Asymptotic Natural Gradient Optimization", arXiv
     * preprint, 2017, arXiv:1712.08449, https://arxiv.org/abs/1712.08449.} Four or more authors are shortened to
     * the first and "et al." (the BibTeX entry lists them all).
     */
    public String reference() {
        StringBuilder text = new StringBuilder();
        if (!authors.isEmpty()) {
            text.append(authorList()).append(", ");
        }
        text.append('"').append(title).append('"');
        if (!container.isEmpty()) {
            text.append(", ").append(container);
        }
        year.ifPresent(y -> text.append(", ").append(y));
        if (!arxivId.isEmpty()) {
            text.append(", arXiv:").append(arxivId);
        }
        if (!url.isEmpty()) {
            text.append(", ").append(url);
        }
        text.append('.');
        if (!note.isEmpty()) {
            text.append(' ').append(note);
        }
        return text.toString();
    }

    public String bibtex() {
        return BibtexEntry.of(this);
    }

    private String authorList() {
        List<String> shortNames = authors.stream().map(Citation::initialsAndFamily).toList();
        if (shortNames.size() > 3) {
            return shortNames.get(0) + " et al.";
        }
        if (shortNames.size() == 1) {
            return shortNames.get(0);
        }
        return String.join(", ", shortNames.subList(0, shortNames.size() - 1)) + " and "
                + shortNames.get(shortNames.size() - 1);
    }

    /** "Ollivier, Yann" becomes "Y. Ollivier"; an organisation written "Name, " stays "Name". */
    private static String initialsAndFamily(String author) {
        int comma = author.indexOf(", ");
        String family = author.substring(0, comma);
        String given = author.substring(comma + 2).trim();
        if (given.isEmpty()) {
            return family;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < given.length(); i++) {
            if (given.charAt(i) != ' ' && (i == 0 || given.charAt(i - 1) == ' ')) {
                initials.append(given.charAt(i)).append(". "); // the first letter of each space-separated name
            }
        }
        return initials + family;
    }

    /** Lower-case letters, digits and '-', at least one (checked without regular expressions). */
    private static boolean isKey(String key) {
        boolean valid = !key.isEmpty();
        for (int i = 0; valid && i < key.length(); i++) {
            char c = key.charAt(i);
            valid = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
        }
        return valid;
    }
}
