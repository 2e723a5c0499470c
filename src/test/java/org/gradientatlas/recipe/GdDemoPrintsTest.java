package org.gradientatlas.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientatlas.PythonFloatFormat.fixed;
import static org.gradientatlas.PythonFloatFormat.repr;

import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Series;
import org.gradientatlas.optim.QuadraticDescent;
import org.junit.jupiter.api.Test;
import org.gradientatlas.recipe.autograd.GdNonconvexRecipe;
import org.gradientatlas.recipe.autograd.GdQuadraticRecipe;

/**
 * Seed 003's printed training logs, character for character, rebuilt from the figures' data files with the seed's
 * print statements (Python's repr and .3f; reference/seed003-printed.txt). An epoch line prints x after the update
 * and f before it, i.e. x at step e + 1 and f at step e.
 */
class GdDemoPrintsTest {
    private static final String PRINTS = "/reference/seed003-printed.txt";

    @Test
    void quadraticRunsPrintTheSeedsLinesIncludingTheSignOfZero() {
        GdQuadraticRecipe recipe = new GdQuadraticRecipe();
        GdQuadraticRecipe.Params p = recipe.defaultParams();
        var series = recipe.computeDefault().data().series();
        List<String> printed = new ArrayList<>(List.of("Performing GD for 2 runs with different initializations:"));
        double[] starts = {p.x0Run0(), p.x0Run1()};
        for (int r = 0; r < 2; r++) {
            // the seed's initializations are the Python ints -3 and 4
            printed.add("Starting run " + r + " with x_0=" + (long) starts[r]);
            Series run = series.get("run" + r);
            for (int epoch = 0; epoch < p.epochs(); epoch += 25) {
                printed.add("epoch: " + epoch + " | x: " + fixed(run.column("x")[epoch + 1], 3) + " | f(x): "
                        + fixed(run.column("f")[epoch], 3));
            }
        }
        assertThat(printed).containsExactlyElementsOf(SeedPrints.section(PRINTS, "gd-1d-quadratic"));
    }

    @Test
    void theExactDerivativeWouldPrintAPositiveZeroAtEpoch75() {
        // with f'(x) = 2x run 1 alternates sign for ever (x_76 = 4 · 0.6^76 > 0); the seed's 2(x - 2) + 4 freezes
        double x = 4;
        for (int k = 0; k < 76; k++) {
            x -= 0.8 * (2 * x);
        }
        assertThat(fixed(x, 3)).isEqualTo("0.000");
        assertThat(fixed(QuadraticDescent.run(4, 0.8, 100)[76], 3)).isEqualTo("-0.000");
    }

    @Test
    void nonConvexRunsPrintTheSeedsLines() {
        GdNonconvexRecipe recipe = new GdNonconvexRecipe();
        GdNonconvexRecipe.Params p = recipe.defaultParams();
        var series = recipe.computeDefault().data().series();
        List<String> printed = new ArrayList<>(List.of("Performing GD for 4 runs with different initializations:"));
        double[][] starts = p.starts();
        for (int r = 0; r < starts.length; r++) {
            printed.add("Starting initialization: x=" + repr(starts[r][0]) + ", y=" + repr(starts[r][1]));
            Series run = series.get("run" + r);
            for (int epoch = 0; epoch < p.epochs(); epoch += 5) {
                String line = " epoch: " + epoch + " | x: " + fixed(run.column("x")[epoch + 1], 3) + " | y: "
                        + fixed(run.column("y")[epoch + 1], 3) + " | f(x): " + fixed(run.column("z")[epoch], 3);
                printed.add(line.strip()); // the flattened seed lost the leading space
            }
        }
        assertThat(printed).containsExactlyElementsOf(SeedPrints.section(PRINTS, "gd-2d-nonconvex"));
    }
}
