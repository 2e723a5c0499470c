package org.gradientatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TimeZone;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;

/** The same recipe gives byte-identical files whatever the default locale and time zone. */
class DeterminismTest {

    @Test
    void outputIsIdenticalUnderGermanAndTurkishLocalesAndAnotherTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            RenderedFigure reference = renderFirst();
            for (Locale other : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("tr-TR")}) {
                Locale.setDefault(other);
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                RenderedFigure again = renderFirst();
                assertThat(again.svg()).as("SVG under %s", other).isEqualTo(reference.svg());
                assertThat(again.json()).as("JSON under %s", other).isEqualTo(reference.json());
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    private static RenderedFigure renderFirst() {
        return new Atlas().renderDefault(RecipeRegistry.all().get(0));
    }
}
