package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.gradientatlas.figure.FigureJson;
import org.gradientatlas.figure.Series;
import org.gradientatlas.figure.SeriesCsv;
import org.junit.jupiter.api.Test;

/** The browser's way in: text in, data file and CSV text out, errors as one line. */
class VariantTest {

    @Test
    void appliesTheOverridesAndTheSeed() {
        Variant<?> variant = Variant.of("perlin-noisy-sgd", Map.of("steps", "12", "gradientNoiseStd", "0.25"), "7");
        assertThat(variant.seed()).isEqualTo(7);
        assertThat(variant.parameterValues()).containsEntry("steps", 12).containsEntry("gradientNoiseStd", 0.25);
        String json = FigureJson.write(variant.compute().data());
        assertThat(json).contains("\"seed\": 7,").contains("\"steps\": 12,");
        Series run = variant.compute().data().series().values().iterator().next();
        assertThat(SeriesCsv.write(run).split("\r\n")).hasSize(run.length() + 1);
    }

    @Test
    void theDefaultsGiveTheGoldenDataFile() throws Exception {
        Variant<?> variant = Variant.of("gd-1d-quadratic", Map.of(), "");
        String golden = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("golden.dir",
                "figures"), "gd-1d-quadratic.json"));
        assertThat(FigureJson.write(variant.compute().data())).isEqualTo(golden);
        assertThat(Variant.of("tango-fig1", Map.of(), null).seed()).isEqualTo(1234);
        assertThat(Variant.of("gd-1d-quadratic", Map.of(), null).seed()).isZero();
    }

    @Test
    void errorsAreOneLineNamingWhatIsWrong() {
        assertThatThrownBy(() -> Variant.of("tango-fig1", Map.of("sgdRate", "-1"), null))
                .hasMessage("parameter sgdRate must be a finite number > 0, got -1");
        assertThatThrownBy(() -> Variant.of("tango-fig1", Map.of("maxIters", "1.5"), null))
                .hasMessage("parameter maxIters expects an integer (int, -2147483648 to 2147483647), got '1.5'");
        assertThatThrownBy(() -> Variant.of("tango-fig1", Map.of("rate", "1"), null))
                .hasMessageStartingWith("unknown parameter 'rate' for tango-fig1; its parameters are: sgdRate, gamma");
        for (String seed : new String[] {"-1", "4294967296", "1e3", " 1", "99999999999999999999"}) {
            assertThatThrownBy(() -> Variant.of("tango-fig1", Map.of(), seed)).as(seed)
                    .hasMessage("seed must be a whole number from 0 to 4294967295, got '" + seed + "'");
        }
        assertThat(Variant.of("tango-fig1", Map.of(), "4294967295").seed()).isEqualTo(4294967295L);
        assertThatThrownBy(() -> Variant.of("tango", Map.of(), null)).hasMessageStartingWith("unknown recipe id"
                + " 'tango'; the ids are: tango-fig1, ");
    }
}
