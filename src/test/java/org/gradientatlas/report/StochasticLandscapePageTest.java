package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gradientatlas.Atlas;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slider page's data agree with the static figures; the site has the page and links to it. */
class StochasticLandscapePageTest {
    private static Figure k10;
    private static JsonNode data;

    @TempDir
    Path dir;

    @BeforeAll
    static void compute() throws Exception {
        k10 = RecipeRegistry.find("stochastic-landscape-k10").orElseThrow().computeDefault();
        data = new ObjectMapper().readTree(StochasticLandscapePage.json(k10.data()));
    }

    @Test
    void levelsAreTheStaticFiguresContourLevels() {
        double[] sample = ((XYPanel) k10.panels().get(0)).contours().get(0).levels();
        double[] risk = ((XYPanel) k10.panels().get(1)).contours().get(0).levels();
        assertThat(doubles(data.get("sampleLevels").get(10))).containsExactly(sample);
        assertThat(doubles(data.get("riskLevels"))).containsExactly(risk);
        assertThat(data.get("sampleLevels").size()).isEqualTo(100);
        assertThat(data.get("sampleColors").get(10).size()).isEqualTo(sample.length - 1);
        assertThat(data.get("sampleColors").get(10).get(0).asText()).matches("#[0-9a-f]{6}");
    }

    @Test
    void pathAndDataAreTheFiguresSeries() {
        double[] w1 = k10.data().series().get("sgd").column("w1");
        assertThat(doubles(data.get("w1"))).containsExactly(w1);
        assertThat(doubles(data.get("y"))).containsExactly(k10.data().series().get("data").column("y"));
    }

    @Test
    void siteHasThePageLinkedFromTheFigurePagesAndItIsSmall() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuilder(new BuildProvenance("test", "0123456789abcdef0123456789abcdef01234567")).build(List.of(new Atlas().renderDefault(RecipeRegistry.find("stochastic-landscape-k10").orElseThrow())), site);
        Path page = site.resolve("stochastic-landscape/index.html");
        String html = Files.readString(page);
        assertThat(html).contains("<script type=\"application/json\" id=\"landscape-data\">{\"min\":-3,")
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(Files.size(page)).as("page bytes").isLessThan(40_000);
        assertThat(Files.readString(site.resolve("figures/stochastic-landscape-k10.html")))
                .contains("href=\"../stochastic-landscape/index.html?k=10\"");
        assertThat(html).contains("href=\"../figures/stochastic-landscape-k10.html\"")
                .as("links only to the figures in the site").doesNotContain("stochastic-landscape-k99.html");
    }

    @Test
    void aSiteWithoutTheseFiguresHasNoPage() throws Exception {
        Path site = dir.resolve("other");
        new SiteBuilder(new BuildProvenance("test", "0123456789abcdef0123456789abcdef01234567"))
                .build(List.of(new Atlas().renderDefault(RecipeRegistry.find("steep-optima-surface").orElseThrow())), site);
        assertThat(site.resolve("stochastic-landscape")).doesNotExist();
        assertThat(Files.readString(site.resolve("figures/steep-optima-surface.html"))).doesNotContain("stochastic-landscape");
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
