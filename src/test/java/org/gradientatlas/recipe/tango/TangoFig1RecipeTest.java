package org.gradientatlas.recipe.tango;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureJson;
import org.gradientatlas.figure.Series;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The TANGO figure's data file follows the contract and carries the notebook's printed results. */
class TangoFig1RecipeTest {
    private static final TangoFig1Recipe RECIPE = new TangoFig1Recipe();
    private static Figure figure;
    private static JsonNode json;

    @BeforeAll
    static void compute() throws Exception {
        figure = RECIPE.computeDefault();
        json = new ObjectMapper().readTree(FigureJson.write(figure.data()));
    }

    @Test
    void keysComeInTheContractsOrder() {
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "title", "caption", "source", "seed", "params", "metrics",
                "series", "grids");
        assertThat(json.get("id").asText()).isEqualTo("tango-fig1");
        assertThat(json.get("seed").asLong()).isEqualTo(1234);
    }

    @Test
    void metricsAreTheNotebooksPrintedIterations() {
        JsonNode metrics = json.get("metrics");
        assertThat(metrics.get("convergedAtTango").asInt()).isEqualTo(82826);
        assertThat(metrics.get("convergedAtSgd").asInt()).isEqualTo(57231);
        assertThat(metrics.get("convergedAtAsgd").asInt()).isEqualTo(72003);
    }

    @Test
    void paramsHoldEveryHyperParameterAndStride() {
        JsonNode params = json.get("params");
        assertThat(params.get("sgdRate").asDouble()).isEqualTo(1e-3);
        assertThat(params.get("gamma").asDouble()).isEqualTo(1e-2);
        assertThat(params.get("deltaTime").asDouble()).isEqualTo(1e-4);
        assertThat(params.get("maxIters").asInt()).isEqualTo(100_000);
        assertThat(params.get("stride").asInt()).isEqualTo(100);
        assertThat(params.size()).isEqualTo(TangoFig1Recipe.Params.class.getRecordComponents().length);
    }

    @Test
    void seriesAreStridedFromStepZeroAndEndAtTheFinalStep() {
        Series tango = figure.data().series().get("tango");
        double[] step = tango.column("step");
        assertThat(step[0]).isZero();
        assertThat(step[1]).isEqualTo(100);
        assertThat(step[step.length - 1]).isEqualTo(82827);
        assertThat(step[step.length - 2]).isEqualTo(82800);
        assertThat(tango.column("mu")[0]).isZero();
        assertThat(tango.column("sigma")[0]).isEqualTo(1);
        double[] mu = tango.column("mu");
        double[] sigma = tango.column("sigma");
        assertThat(Math.abs(mu[mu.length - 1] - 10)).isLessThanOrEqualTo(0.01 + 1e-4);
        assertThat(Math.abs(sigma[sigma.length - 1] - 1)).isLessThanOrEqualTo(0.01 + 1e-5);
        assertThat(json.get("series").get("sgd").get("step").size()).isEqualTo(57232 / 100 + 2);
    }

    @Test
    void doublesReadBackExactly() {
        double[] mu = figure.data().series().get("asgd").column("mu");
        JsonNode written = json.get("series").get("asgd").get("mu");
        for (int i = 0; i < mu.length; i++) {
            assertThat(written.get(i).asDouble()).isEqualTo(mu[i]);
        }
    }

    @Test
    void naturalGradientIsTheExactHalfCircleAndTheCaptionSaysSo() {
        Series natural = figure.data().series().get("naturalGradient");
        double[] mu = natural.column("mu");
        double[] sigma = natural.column("sigma");
        for (int i = 0; i < mu.length; i++) {
            assertThat(sigma[i] * sigma[i] + (mu[i] - 5) * (mu[i] - 5)).isCloseTo(26, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(figure.data().caption()).contains("replaces the seed's rough estimate").contains("82826");
    }

    @Test
    void theDrawingKeepsEveryStep() {
        assertThat(((org.gradientatlas.figure.XYPanel) figure.panels().get(0)).lines().get(0).x()).hasSize(82828);
    }
}
