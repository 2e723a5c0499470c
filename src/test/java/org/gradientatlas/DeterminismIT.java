package org.gradientatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.TimeZone;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.report.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same recipe gives byte-identical SVG, JSON and site files whatever the default locale and time zone. */
class DeterminismIT {

    @TempDir
    Path dir;

    @Test
    void outputIsIdenticalUnderLocalesWithOtherSeparatorsLettersAndDigitsAndAnotherTimeZone() throws IOException {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            RenderedFigure reference = renderFirst();
            Map<String, String> referenceSite = site(reference, dir.resolve("root"));
            // ar-SA, fa-IR and th-TH-u-nu-thai (th_TH_TH) format numbers in their own digits.
            for (Locale other : Stream.of("de-DE", "tr-TR", "ar-SA", "fa-IR", "th-TH-u-nu-thai", "hi-IN")
                    .map(Locale::forLanguageTag).toList()) {
                Locale.setDefault(other);
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                RenderedFigure again = renderFirst();
                assertThat(again.svg()).as("SVG under %s", other).isEqualTo(reference.svg());
                assertThat(again.json()).as("JSON under %s", other).isEqualTo(reference.json());
                assertThat(site(again, dir.resolve(other.toLanguageTag()))).as("site under %s", other)
                        .isEqualTo(referenceSite);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    /** Every file of a site built from the figure, by relative path. */
    private static Map<String, String> site(RenderedFigure figure, Path siteDir) throws IOException {
        new SiteBuilder(new org.gradientatlas.report.BuildProvenance("9.9", "0123456789abcdef0123456789abcdef01234567")).build(List.of(figure), siteDir);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(siteDir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                // Latin-1 maps every byte to one char: PNGs compare byte for byte too.
                files.put(siteDir.relativize(file).toString(), new String(Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(files).containsKeys("index.html", "figures/" + figure.id() + ".html");
        return files;
    }

    private static RenderedFigure renderFirst() {
        return new Atlas().renderDefault(RecipeRegistry.all().get(0));
    }
}
