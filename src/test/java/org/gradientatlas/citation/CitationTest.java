package org.gradientatlas.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CitationTest {
    static Stream<Citation> everyCitation() {
        return Stream.concat(Arrays.stream(Work.values()).map(Work::citation),
                Stream.of(FigureCitation.of("tango-fig1", "TANGO: 100% of $x_1$ & {braces}", "0.1.0",
                        "0123456789abcdef0123456789abcdef01234567"), FigureCitation.of("demo", "Demo", "dev", "")));
    }

    @Test
    void tangoIsTheOlliverPaperWithItsArxivId() {
        assertThat(Work.TANGO.citation().reference()).startsWith(
                "Y. Ollivier, \"True Asymptotic Natural Gradient Optimization\", arXiv preprint, 2017,"
                        + " arXiv:1712.08449, https://arxiv.org/abs/1712.08449.");
    }

    @Test
    void manyAuthorsAreShortenedInTheReferenceButAllListedInBibtex() {
        Citation subgd = Work.SUBGD.citation();
        assertThat(subgd.reference()).startsWith("M. Gauch et al., \"Few-Shot Learning by Dimensionality");
        assertThat(BibtexSyntax.parse(subgd.bibtex()).fields().get("author").split(" and ")).hasSize(13);
        Citation two = new Citation("k", Citation.EntryType.MISC, List.of("Doe, Jane Ann", "Roe, Rick"), "T",
                Optional.empty(), "", "", "", "");
        assertThat(two.reference()).isEqualTo("J. A. Doe and R. Roe, \"T\".");
    }

    @Test
    void aWorkWithoutAuthorSaysSoInsteadOfInventingOne() {
        Citation landscape = Work.STOCHASTIC_LANDSCAPE.citation();
        assertThat(landscape.authors()).isEmpty();
        assertThat(landscape.reference()).startsWith("\"Stochastic optimization landscape of a minimal MLP\"")
                .contains("names no author");
        assertThat(BibtexSyntax.parse(landscape.bibtex()).fields()).doesNotContainKey("author");
    }

    @ParameterizedTest
    @MethodSource("everyCitation")
    void bibtexIsWellFormedWithTheFieldsItsTypeRequires(Citation citation) {
        String bibtex = citation.bibtex();
        BibtexSyntax entry = BibtexSyntax.parse(bibtex);
        assertThat(entry.type()).isEqualTo(citation.type().bibtexName());
        assertThat(entry.key()).isEqualTo(citation.key());
        assertThat(entry.fields()).containsKeys(citation.type().requiredFields().toArray(String[]::new));
        entry.fields().forEach((name, value) -> assertThat(value).as(name).isNotBlank());
        assertThat(bibtex).as("one entry, ASCII only").hasLineCount(entry.fields().size() + 2).matches("\\p{ASCII}*");
        if (!citation.arxivId().isEmpty()) {
            assertThat(entry.fields()).containsEntry("eprint", citation.arxivId()).containsEntry("archiveprefix",
                    "arXiv");
        }
    }

    @Test
    void specialCharactersAreEscapedSoBracesStayBalanced() {
        Citation c = FigureCitation.of("x", "100% of $x_1$ & {braces} #1 ~ ^ \\", "1", "");
        String title = BibtexSyntax.parse(c.bibtex()).fields().get("title");
        assertThat(title).isEqualTo("{Gradient Atlas figure x: 100\\% of \\$x\\_1\\$ \\& \\{braces\\} \\#1"
                + " \\textasciitilde{} \\textasciicircum{} \\textbackslash{}}");
    }

    @Test
    void theFigureCitationNamesTheAtlasVersionCommitAndFigure() {
        Citation c = FigureCitation.of("tango-fig1", "TANGO", "0.1.0", "0123456789abcdef0123456789abcdef01234567");
        assertThat(c.reference()).isEqualTo("Gradient Atlas contributors, \"Gradient Atlas figure tango-fig1: TANGO\","
                + " Gradient Atlas 0.1.0. Made by Gradient Atlas 0.1.0 at commit"
                + " 0123456789abcdef0123456789abcdef01234567. Figure id: tango-fig1.");
        assertThat(BibtexSyntax.parse(c.bibtex()).fields()).containsEntry("author", "{Gradient Atlas contributors}");
        assertThat(FigureCitation.of("d", "D", "dev", "").note()).contains("outside a git checkout");
    }

    @ParameterizedTest
    @EnumSource(Work.class)
    void everyWorkHasADistinctKeyAndSlug(Work work) {
        assertThat(Arrays.stream(Work.values()).filter(w -> w.citation().key().equals(work.citation().key())
                || w.slug().equals(work.slug()))).containsExactly(work);
    }

    @Test
    void malformedCitationsAreRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> new Citation("Bad Key", Citation.EntryType.MISC, List.of(), "T", Optional.empty(),
                "", "", "", "")).hasMessageContaining("citation key");
        assertThatThrownBy(() -> new Citation("k", Citation.EntryType.MISC, List.of("Yann Ollivier"), "T",
                Optional.empty(), "", "", "", "")).hasMessageContaining("Family, Given");
        assertThatThrownBy(() -> new Citation("k", Citation.EntryType.MISC, List.of(), " ", Optional.empty(),
                "", "", "", "")).hasMessageContaining("title");
    }
}
