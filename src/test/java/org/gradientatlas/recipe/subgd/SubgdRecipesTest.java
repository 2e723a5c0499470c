package org.gradientatlas.recipe.subgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientatlas.ReferenceCsv;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.Grid;
import org.gradientatlas.figure.Series;
import org.junit.jupiter.api.Test;
import org.gradientatlas.recipe.RecipeRegistry;

/** The five seed-000 figures: their data against the seed code's reference runs and the data contract. */
class SubgdRecipesTest {
    private static final ReferenceCsv RUNS = ReferenceCsv.load("/reference/subgd-runs.csv");
    private static final ReferenceCsv NOISE = ReferenceCsv.load("/reference/perlin-noise.csv");

    @Test
    void checkFiguresHoldTheSeedsRunsAndTheirDomainExits() {
        assertRun(data("perlin-quadratic-check"), "quadratic", "quadratic", -1);
        assertRun(data("perlin-gd-a"), "gdA", "gdA", -1);
        assertRun(data("perlin-gd-b"), "gdB", "gdB", 184);
        assertRun(data("perlin-noisy-sgd"), "sgd", "sgd-seed0", 101);
        assertThat(data("perlin-gd-b").metrics().get("lossAtStart")).isEqualTo(0.06214211508631706);
        assertThat(data("perlin-noisy-sgd").seed()).isZero();
        assertThat(data("perlin-gd-a").seed()).isNull();
    }

    @Test
    void theNoiseGridIsPythonsPnoise2AtEveryNode() {
        Grid grid = data("perlin-gd-a").grids().get("loss");
        assertThat(grid.columns()).isEqualTo(50);
        assertThat(grid.rows()).isEqualTo(50);
        for (String[] row : NOISE.rows().subList(0, 2500)) {
            int i = (int) Math.round(Double.parseDouble(row[0]) * 100);
            int j = (int) Math.round(Double.parseDouble(row[1]) * 100);
            assertThat(grid.z(i, j)).as("node (%d, %d)", i, j).isEqualTo(Double.parseDouble(row[9]));
        }
    }

    @Test
    void subgdIsTheSgdRunProjectedOntoTheLineFromItsStartToItsEnd() {
        FigureData data = data("subgd-projection");
        Series sgd = data.series().get("sgd");
        Series subgd = data.series().get("subgd");
        assertSeriesEqualsReference(sgd, "sgd-seed0");
        int end = data.metrics().get("sgdLeftDomainAt").intValue() - 1;
        double[] sx = sgd.column("x");
        double[] sy = sgd.column("y");
        double dx = sx[end] - sx[0];
        double dy = sy[end] - sy[0];
        double[] px = subgd.column("x");
        double[] py = subgd.column("y");
        for (int k = 0; k < sx.length; k++) {
            // on the line, and the step from the SGD iterate to it is orthogonal to the line
            assertThat((px[k] - sx[0]) * dy - (py[k] - sy[0]) * dx).isCloseTo(0, within(1e-15));
            assertThat((sx[k] - px[k]) * dx + (sy[k] - py[k]) * dy).isCloseTo(0, within(1e-15));
        }
        assertThat(px[0]).isEqualTo(0.28);
        assertThat(px[end]).isCloseTo(sx[end], within(1e-15));
        assertThat(data.metrics()).containsKeys("lossAtStart", "gdLeftDomainAt", "sgdLeftDomainAt",
                "optimumLoss");
        assertThat(data.series().keySet()).containsExactly("gd", "sgd", "subgd");
    }

    @Test
    void theFinalFigureShowsOnlyTheRegionOfTheRunsAndItsGdIsTheSeedsGd() {
        FigureData data = data("subgd-projection");
        Grid grid = data.grids().get("loss");
        assertThat(grid.x()[0]).isGreaterThan(0.15);
        assertThat(grid.x()[grid.columns() - 1]).isLessThan(0.5);
        assertThat(grid.y()[0]).isZero();
        Series gd = data.series().get("gd");
        List<String[]> reference = RUNS.rows().stream().filter(r -> r[0].equals("gdB")).toList();
        for (int k = 0; k < gd.length(); k++) {
            assertThat(gd.column("x")[k]).isEqualTo(Double.parseDouble(reference.get(k)[2]));
        }
        assertThat(data.caption()).contains("subspace", "projected orthogonally");
    }

    @Test
    void badParametersNameTheParameter() {
        PerlinDescentRecipe gd = (PerlinDescentRecipe) RecipeRegistry.find("perlin-gd-a").orElseThrow();
        PerlinDescentRecipe.Params p = gd.defaultParams();
        assertThatThrownBy(() -> gd.compute(new PerlinDescentRecipe.Params(p.gridSize(), p.scale(), p.octaves(),
                p.persistence(), p.lacunarity(), p.repeat(), p.base(), p.learningRate(), p.finiteDifferenceH(), 1.2,
                p.startY(), p.steps(), 0), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("startX");
        assertThatThrownBy(() -> gd.compute(new PerlinDescentRecipe.Params(1, p.scale(), p.octaves(),
                p.persistence(), p.lacunarity(), p.repeat(), p.base(), p.learningRate(), p.finiteDifferenceH(),
                p.startX(), p.startY(), p.steps(), 0), 0)).hasMessageContaining("gridSize");
        assertThatThrownBy(() -> gd.compute(new PerlinDescentRecipe.Params(p.gridSize(), p.scale(), p.octaves(),
                p.persistence(), p.lacunarity(), p.repeat(), 300, p.learningRate(), p.finiteDifferenceH(),
                p.startX(), p.startY(), p.steps(), 0), 0)).hasMessageContaining("base");
        SubgdProjectionRecipe subgd = new SubgdProjectionRecipe();
        SubgdProjectionRecipe.Params q = subgd.defaultParams();
        assertThatThrownBy(() -> subgd.compute(new SubgdProjectionRecipe.Params(q.gridSize(), q.scale(),
                q.octaves(), q.persistence(), q.lacunarity(), q.repeat(), q.base(), q.learningRate(),
                q.finiteDifferenceH(), q.startX(), q.startY(), q.steps(), q.gradientNoiseStd(), 0, q.cropMargin(),
                q.contourLevels(), q.azimuth(), q.elevation()), 0)).hasMessageContaining("sampling");
    }

    private static FigureData data(String id) {
        Figure figure = RecipeRegistry.find(id).orElseThrow().computeDefault();
        return figure.data();
    }

    private static void assertRun(FigureData data, String series, String reference, int leftAt) {
        assertThat(data.series().keySet()).containsExactly(series);
        assertThat(data.grids().keySet()).containsExactly("loss");
        assertSeriesEqualsReference(data.series().get(series), reference);
        assertThat(data.metrics().get(series + "LeftDomainAt")).isEqualTo(leftAt);
        assertThat(data.metrics().get(series + "ProbeOutsideAt")).isEqualTo(-1);
    }

    private static void assertSeriesEqualsReference(Series series, String reference) {
        List<String[]> rows = RUNS.rows().stream().filter(r -> r[0].equals(reference)).toList();
        assertThat(series.names()).containsExactly("step", "x", "y", "loss");
        assertThat(series.length()).isEqualTo(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            String[] row = rows.get(k);
            assertThat(new double[] {series.column("step")[k], series.column("x")[k], series.column("y")[k],
                    series.column("loss")[k]}).as("%s row %d", reference, k).containsExactly(
                    Double.parseDouble(row[1]), Double.parseDouble(row[2]), Double.parseDouble(row[3]),
                    Double.parseDouble(row[4]));
        }
    }
}
