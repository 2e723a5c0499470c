package org.gradientatlas.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Supplier;
import org.gradientatlas.ReferenceCsv;
import org.gradientatlas.surface.LossSurface;
import org.gradientatlas.surface.PathologicalCurvatureSurface;
import org.gradientatlas.surface.SteepOptimaSurface;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The six optimizers of seed 001 against PyTorch 1.13's train_curve (reference/optimizer-comparison.csv). */
class TorchOptimizersTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/optimizer-comparison.csv");

    static float[][] run(String surface, String optimizer) {
        boolean steep = surface.equals("steep");
        double lr = steep ? 0.05 : 10;
        LossSurface loss = steep ? new SteepOptimaSurface() : new PathologicalCurvatureSurface();
        Supplier<TorchOptimizer> make = switch (optimizer) {
            case "sgd" -> () -> new TorchSgd(lr, 0, false);
            case "momentum" -> () -> new TorchSgd(lr, 0.9, false);
            case "nesterov" -> () -> new TorchSgd(lr, 0.9, true);
            case "adagrad" -> () -> new TorchAdagrad(lr);
            case "rmsprop" -> () -> new TorchRmsprop(lr, 0.1);
            case "adam" -> () -> new TorchAdam(lr);
            default -> throw new IllegalArgumentException(optimizer);
        };
        float init = steep ? 0 : 5;
        return SurfaceDescent.run(loss, make.get(), init, init, 100);
    }

    static List<double[]> reference(String surface, String optimizer) {
        return REFERENCE.rows().stream().filter(r -> r[0].equals(surface) && r[1].equals(optimizer))
                .map(r -> new double[] {Double.parseDouble(r[3]), Double.parseDouble(r[4]), Double.parseDouble(r[5])})
                .toList();
    }

    /** Measured: at most 2.4e-7 apart over all 100 points of the six runs. */
    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"})
    void steepOptimaRunsAgreeWithPyTorchOverAllSteps(String optimizer) {
        float[][] rows = run("steep", optimizer);
        List<double[]> expected = reference("steep", optimizer);
        assertThat(rows.length).isEqualTo(100);
        assertThat(expected).hasSize(100);
        for (int k = 0; k < 100; k++) {
            for (int c = 0; c < 3; c++) {
                assertThat((double) rows[k][c]).as("%s step %d column %d", optimizer, k, c)
                        .isCloseTo(expected.get(k)[c], within(1e-4));
            }
        }
    }

    /**
     * lr = 10 amplifies float32 rounding (PyTorch's own CPU kernels disagree after a few steps). With PyTorch's
     * operation order and fused multiply-adds, SGD, momentum and Nesterov match PyTorch bit for bit over all 100
     * points. Adagrad, RMSprop and Adam match bit for bit until the loss first touches tanh's last bit, where
     * glibc's tanhf and the correctly rounded tanh used here differ; measured, the first differing point is
     * 11, 18 and 53, after which the runs drift apart but stay on the same part of the surface (the "overall
     * path" the issue asks for: the box each path spans).
     */
    @ParameterizedTest
    @CsvSource({"sgd,100", "momentum,100", "nesterov,100", "adagrad,11", "rmsprop,18", "adam,53"})
    void pathologicalRunsAgreeWithPyTorch(String optimizer, int exactPoints) {
        float[][] rows = run("pathological", optimizer);
        List<double[]> expected = reference("pathological", optimizer);
        for (int k = 0; k <= 2; k++) {
            for (int c = 0; c < 3; c++) {
                assertThat((double) rows[k][c]).as("%s step %d column %d", optimizer, k, c)
                        .isCloseTo(expected.get(k)[c], within(1e-5));
            }
        }
        for (int k = 0; k < exactPoints; k++) {
            for (int c = 0; c < 2; c++) {
                assertThat((double) rows[k][c]).as("%s step %d column %d", optimizer, k, c)
                        .isEqualTo(expected.get(k)[c]);
            }
        }
        double[] box = box(rows);
        double[] expectedBox = box(expected.stream().map(r -> new float[] {(float) r[0], (float) r[1]})
                .toArray(float[][]::new));
        // Measured: the boxes the paths span agree exactly for Adagrad, within 0.1% of the extent for RMSprop and
        // 6% for Adam (its last steps head further left); the seed's map range, made from all runs, is exact.
        double extent = Math.max(expectedBox[1] - expectedBox[0], expectedBox[3] - expectedBox[2]);
        for (int side = 0; side < 4; side++) {
            assertThat(box[side]).as("%s path box side %d", optimizer, side)
                    .isCloseTo(expectedBox[side], within(0.1 * extent));
        }
    }

    /** min w1, max w1, min w2, max w2. */
    private static double[] box(float[][] rows) {
        double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (float[] row : rows) {
            box[0] = Math.min(box[0], row[0]);
            box[1] = Math.max(box[1], row[0]);
            box[2] = Math.min(box[2], row[1]);
            box[3] = Math.max(box[3], row[1]);
        }
        return box;
    }
}
