package org.gradientatlas.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureJson;
import org.gradientatlas.plot.FigurePainter;
import org.gradientatlas.plot.Theme;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.svg.SvgFigureWriter;

/**
 * Warm timings of one recipe in this JVM: one untimed run first (class loading, JIT), then the median of
 * {@code runs} runs of compute (the recipe) and of render (SVG and JSON from the figure model), each on its own.
 */
public final class RecipeTimer {
    private final SvgFigureWriter svgWriter = new SvgFigureWriter(new FigurePainter(Theme.matplotlibLike()));
    private final int runs;

    public RecipeTimer(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        this.runs = runs;
    }

    public <P extends Record> RecipeTiming time(Recipe<P> recipe) {
        render(recipe.computeDefault());
        double[] compute = new double[runs];
        double[] render = new double[runs];
        byte[][] files = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Figure figure = recipe.computeDefault();
            long computed = System.nanoTime();
            files = render(figure);
            compute[i] = (computed - start) / 1e6;
            render[i] = (System.nanoTime() - computed) / 1e6;
        }
        return new RecipeTiming(recipe.id(), median(compute), median(render), files[0].length, files[1].length);
    }

    private byte[][] render(Figure figure) {
        return new byte[][] {svgWriter.write(figure).getBytes(StandardCharsets.UTF_8),
            FigureJson.write(figure.data()).getBytes(StandardCharsets.UTF_8)};
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
