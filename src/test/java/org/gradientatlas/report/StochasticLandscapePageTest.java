package org.gradientatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gradientatlas.Atlas;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slider page computes with the recipe (it ships no port of the losses and no numbers of its own); the site has
 * the page and links to it.
 */
class StochasticLandscapePageTest {
    @TempDir
    Path dir;

    @Test
    void siteHasThePageLinkedFromTheFigurePagesAndItComputesWithTheRecipe() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuilder(new BuildProvenance("test", "0123456789abcdef0123456789abcdef01234567")).build(List.of(
                new Atlas().renderDefault(RecipeRegistry.find("stochastic-landscape-k10").orElseThrow())), site);
        Path page = site.resolve("stochastic-landscape/index.html");
        String html = Files.readString(page);
        assertThat(html).contains("src=\"../figures/stochastic-landscape-k10.svg\"")
                .contains("max=\"99\"").contains("value=\"10\"")
                .doesNotContain("http://").doesNotContain("https://")
                .as("no losses of its own").doesNotContain("Math.log").doesNotContain("landscape-data");
        if (SiteAssets.haveEngine()) {
            assertThat(html).contains("var RECIPE = \"stochastic-landscape-k10\"")
                    .contains("<script src=\"../atlas-engine.js\"></script>");
        }
        assertThat(Files.size(page)).as("page bytes").isLessThan(20_000);
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
}
