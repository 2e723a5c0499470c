package org.gradientatlas.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.LegendPlacement;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.Panel;
import org.gradientatlas.figure.SurfacePanel;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.plot.LabelText;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each golden SVG carries its text for machines while drawing it as outlines: role="img", the figure's title
 * and caption as its first children, every glyph inside a group whose aria-label is its text, and every text
 * the figure model draws (panel titles, axis and colorbar labels, legend entries) among those labels.
 */
class SvgTextLabelsTest {
    /** A tick label as the axes write it: 0.5, −1.5, 2×10⁰, 10⁻¹⁵, −6e30. */
    private static final String NUMBER = "[−+]?[0-9.]+(e[−+]?[0-9]+)?(×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?|[0-9.]*×?10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+";

    static Stream<Recipe<?>> recipes() {
        return RecipeRegistry.all().stream();
    }

    @ParameterizedTest
    @MethodSource("recipes")
    void goldenSvgCarriesTitleCaptionAndEveryDrawnText(Recipe<?> recipe) throws IOException {
        Figure figure = recipe.computeDefault();
        SvgTextRuns svg = SvgTextRuns.parse(Files.readString(Path.of("figures", recipe.id() + ".svg")));
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.firstChildren(2)).containsExactly("title", "desc");
        assertThat(svg.childText("title")).isEqualTo(figure.data().title());
        assertThat(svg.childText("desc")).isEqualTo(figure.data().caption());
        assertThat(svg.textElements()).as("text stays drawn as outlines").isZero();
        assertThat(svg.unlabelledGlyphs()).as("glyphs outside an aria-labelled group").isZero();
        assertThat(svg.labels()).allSatisfy(label -> assertThat(label).isNotBlank().doesNotContain("\ufffd"));
        assertThat(svg.labels()).containsAll(drawnTexts(figure));
        long numbers = svg.labels().stream().filter(label -> label.matches(NUMBER)).count();
        assertThat(numbers).as("tick labels: at least two on each axis").isGreaterThanOrEqualTo(4L * axes(figure));
    }

    /** What the figure model says it draws as text. */
    private static List<String> drawnTexts(Figure figure) {
        List<String> texts = new ArrayList<>();
        for (Panel panel : figure.panels()) {
            add(texts, panel.title());
            if (panel instanceof XYPanel xy) {
                add(texts, LabelText.plain(xy.x().label()));
                add(texts, LabelText.plain(xy.y().label()));
                if (xy.colorbarLabel() != null) {
                    add(texts, xy.colorbarLabel());
                }
                if (xy.legend() != LegendPlacement.NONE) {
                    xy.lines().stream().map(LineLayer::label).forEach(label -> add(texts, label));
                }
            } else if (panel instanceof SurfacePanel surface) {
                add(texts, LabelText.plain(surface.xLabel()));
                add(texts, LabelText.plain(surface.yLabel()));
                add(texts, LabelText.plain(surface.zLabel()));
                surface.lines().forEach(line -> add(texts, line.label()));
            }
        }
        return texts;
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }

    /** Axes with tick labels: two per 2-D panel (the 3-D panels' ticks are checked through their labels). */
    private static long axes(Figure figure) {
        return figure.panels().stream().filter(p -> p instanceof XYPanel).count();
    }
}
