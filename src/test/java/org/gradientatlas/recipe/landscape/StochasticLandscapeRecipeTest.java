package org.gradientatlas.recipe.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureJson;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.LineLayer;
import org.gradientatlas.figure.XYPanel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gradientatlas.recipe.RecipeRegistry;

/** The four stochastic-landscape figures: data-file contract, what each panel draws, bad parameters. */
class StochasticLandscapeRecipeTest {
    private static Figure k10;
    private static Figure k99;
    private static JsonNode json;

    @BeforeAll
    static void compute() throws Exception {
        k10 = RecipeRegistry.find("stochastic-landscape-k10").orElseThrow().computeDefault();
        k99 = RecipeRegistry.find("stochastic-landscape-k99").orElseThrow().computeDefault();
        json = new ObjectMapper().readTree(FigureJson.write(k99.data()));
    }

    @Test
    void theRegistryListsTheFourSamplesInTheIssuesOrder() {
        List<String> ids = RecipeRegistry.ids();
        assertThat(ids.subList(ids.size() - 4, ids.size())).containsExactly("stochastic-landscape-k0",
                "stochastic-landscape-k10", "stochastic-landscape-k50", "stochastic-landscape-k99");
    }

    @Test
    void dataFileHoldsTheDataThePathAndBothGrids() {
        assertThat(json.get("seed").asLong()).isZero();
        assertThat(json.get("params").get("sample").asInt()).isEqualTo(99);
        List<String> series = new ArrayList<>();
        json.get("series").fieldNames().forEachRemaining(series::add);
        assertThat(series).containsExactly("data", "sgd");
        List<String> columns = new ArrayList<>();
        json.get("series").get("sgd").fieldNames().forEachRemaining(columns::add);
        assertThat(columns).containsExactly("step", "w1", "w2", "g1", "g2");
        assertThat(json.get("series").get("sgd").get("step").size()).isEqualTo(100);
        assertThat(json.get("series").get("data").get("x").size()).isEqualTo(100);
        List<String> grids = new ArrayList<>();
        json.get("grids").fieldNames().forEachRemaining(grids::add);
        assertThat(grids).containsExactly("sampleLoss", "empiricalRisk");
        assertThat(json.get("grids").get("sampleLoss").get("z").size()).isEqualTo(100);
    }

    @Test
    void theSampleLossGridIsSampleKsAndTheMetricsAgreeWithThePath() {
        Grid loss = k99.data().grids().get("sampleLoss");
        double[] x = k99.data().series().get("data").column("x");
        double[] y = k99.data().series().get("data").column("y");
        double d = loss.x()[7] * Math.max(loss.y()[3] * x[99], 0) - y[99];
        assertThat(loss.z(7, 3)).isEqualTo(d * d);
        double w1 = k99.data().series().get("sgd").column("w1")[99];
        double w2 = k99.data().series().get("sgd").column("w2")[99];
        double at = w1 * Math.max(w2 * x[99], 0) - y[99];
        assertThat(k99.data().metrics().get("sampleLossAtIterate").doubleValue()).isEqualTo(at * at);
    }

    @Test
    void leftPanelHasTheIterateAndAnArrowOfMinusFiveGradientsRightPanelThePathThroughK() {
        XYPanel left = (XYPanel) k99.panels().get(0);
        LineLayer arrow = left.lines().get(0);
        double[] g1 = k99.data().series().get("sgd").column("g1");
        assertThat(arrow.x()[1] - arrow.x()[0]).isEqualTo(-5 * g1[99], org.assertj.core.data.Offset.offset(1e-15));
        XYPanel right = (XYPanel) k99.panels().get(1);
        assertThat(right.lines().get(0).x()).hasSize(100);
        assertThat(((XYPanel) k10.panels().get(1)).lines().get(0).x()).hasSize(11);
        assertThat(left.contours()).hasSize(1);
        assertThat(right.contours()).hasSize(1);
    }

    @Test
    void contourLevelsAreMatplotlibsDefaultsForEachFigure() {
        org.gradientatlas.ReferenceCsv reference = org.gradientatlas.ReferenceCsv.load(
                "/reference/stochastic-landscape.csv");
        for (String k : List.of("0", "10", "50", "99", "")) {
            double[] expected = reference.rows().stream().filter(r -> r[0].equals("levels") && r[1].equals(k))
                    .mapToDouble(r -> Double.parseDouble(r[reference.column("loss")])).toArray();
            Figure figure = RecipeRegistry.find("stochastic-landscape-k" + (k.isEmpty() ? "0" : k)).orElseThrow()
                    .computeDefault();
            XYPanel panel = (XYPanel) figure.panels().get(k.isEmpty() ? 1 : 0);
            assertThat(panel.contours().get(0).levels()).as("levels of sample %s", k).containsExactly(expected);
        }
    }

    @Test
    void aZeroGradientDrawsNoArrowAndTheCaptionSaysWhy() {
        XYPanel left = (XYPanel) k10.panels().get(0);
        assertThat(left.lines()).hasSize(1);
        assertThat(left.lines().get(0).x()).hasSize(1);
        assertThat(k10.data().caption()).contains("its gradient is zero there").contains("torch, unseeded");
        assertThat(k99.data().caption()).contains("arrow of −5 × the sample's gradient");
    }

    @Test
    void aSampleOutsideTheDataIsRefusedNamingTheRange() {
        StochasticLandscapeRecipe recipe = new StochasticLandscapeRecipe(0);
        StochasticLandscapeRecipe.Params p = recipe.defaultParams();
        assertThatThrownBy(() -> new StochasticLandscapeRecipe.Params(100, p.samples(), p.noiseStd(),
                p.learningRate(), p.initW1(), p.initW2(), p.gridMin(), p.gridMax(), p.gridSize(), p.arrowScale()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sample must be in 0..99");
    }
}
